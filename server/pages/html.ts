// HTML built by a tagged template that escapes every interpolated value, so a venue name,
// device label or masked name can never become markup. Only `Html` values (other templates,
// or `trustedHtml` for the SVG our own QR encoder made) go in unescaped.

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  parts.forEach((part, i) => (out += render(part) + strings[i + 1]!));
  return new Html(out);
}

/** For markup this server generated itself (the QR encoder's SVG); never for input. */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}

/** A whole page: no inline script or style anywhere, one stylesheet from this server. */
export function page(opts: {
  title: string;
  stylesheet: string;
  lang?: string;
  body: Html;
  /** Reload the page every so many seconds (the owner's live view; no script needed). */
  refreshSeconds?: number;
  /** The signed-in pages post forms to themselves: same-origin (see http/pages.ts). */
  referrer?: 'no-referrer' | 'same-origin';
}): string {
  return html`<!doctype html>
    <html lang="${opts.lang ?? 'vi'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="${opts.referrer ?? 'no-referrer'}" />
        <link rel="icon" href="data:," />
        ${opts.refreshSeconds ? html`<meta http-equiv="refresh" content="${opts.refreshSeconds}" />` : ''}
        <title>${opts.title}</title>
        <link rel="stylesheet" href="${opts.stylesheet}" />
      </head>
      <body>
        ${opts.body}
      </body>
    </html> `.text;
}
