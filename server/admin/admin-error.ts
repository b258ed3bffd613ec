// A refused admin operation: a code for programs, a sentence for people, an HTTP status.
export class AdminError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'AdminError';
  }
}
