// HTML forms post application/x-www-form-urlencoded; read into plain fields (a repeated name,
// like a list of checkboxes, becomes a list). Registered in the pages' plugin only.
import type { FastifyInstance } from 'fastify';

export type FormFields = Record<string, string | string[]>;

export function parseForms(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => {
      const fields: FormFields = Object.create(null) as FormFields;
      for (const [name, value] of new URLSearchParams(String(body))) {
        const prior = fields[name];
        fields[name] =
          prior === undefined ? value : [...(Array.isArray(prior) ? prior : [prior]), value];
      }
      done(null, fields);
    },
  );
}

/** One text field (the first when repeated), trimmed to `max` characters; '' when absent. */
export function field(body: unknown, name: string, max = 200): string {
  const v = (body as FormFields | null)?.[name];
  const text = Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
  return text.slice(0, max);
}

/** Every value of a repeated field. */
export function fieldList(body: unknown, name: string): string[] {
  const v = (body as FormFields | null)?.[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
