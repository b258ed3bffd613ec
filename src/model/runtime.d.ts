// The one web-platform type the model names (a device's private key) without the DOM: this
// folder compiles with ES2022 only (src/model/tsconfig.json), like src/core. The window's
// build uses the DOM's own CryptoKey and leaves this file out.
interface CryptoKey {
  readonly type: string;
  readonly extractable: boolean;
}
