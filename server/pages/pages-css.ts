// The one stylesheet of the server's pages (owner, authority, operator, sign-in, demo).
import { readFileSync } from 'node:fs';

export const PAGES_CSS = readFileSync(new URL('./pages.css', import.meta.url), 'utf8');
