// The one-time enrollment code, and the QR text that carries it with the server address so
// that the setup wizard can scan both at once:
//
//     KIOSK-ENROLL|https://venue.example.vn|7KD2M-QX9WE
//
// Codes are 10 Crockford base-32 characters (50 random bits), shown in two groups of five.
// Typing is forgiving: case, spaces and dashes do not matter, and O/I/L read as 0/1/1.

export const ENROLLMENT_PREFIX = 'KIOSK-ENROLL';
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;

const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** The canonical 10 characters of a typed or scanned code, or null if it cannot be one. */
export function normaliseEnrollmentCode(text: string): string | null {
  const code = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return CODE.test(code) ? code : null;
}

/** `ABCDEFGHJK` → `ABCDE-FGHJK`, the spelling shown to people. */
export function displayEnrollmentCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

// scheme://host[:port][/path], no user info; a regex because the wire module runs where
// `URL` is not declared (it has neither DOM nor Node types).
const SERVER_URL = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?(\/[^\s?#|@]*)?$/i;

/** The base URL as the kiosk calls it: scheme, host, port and path, no trailing slash. */
export function normaliseServerBase(text: string): string | null {
  const m = SERVER_URL.exec(text.trim().replace(/[?#].*$/, ''));
  if (!m) return null;
  const [, scheme, host, port = '', path = ''] = m;
  if (port && Number(port.slice(1)) > 65535) return null;
  return `${scheme!.toLowerCase()}://${host!.toLowerCase()}${port}${path.replace(/\/+$/, '')}`;
}

export function formatEnrollmentText(serverUrl: string, code: string): string {
  const base = normaliseServerBase(serverUrl);
  const canonical = normaliseEnrollmentCode(code);
  if (!base || !canonical) throw new Error('formatEnrollmentText: bad server URL or code');
  return [ENROLLMENT_PREFIX, base, displayEnrollmentCode(canonical)].join('|');
}

/** What the setup wizard reads from a scanned QR; null when it is not an enrollment QR. */
export function parseEnrollmentText(text: string): { serverUrl: string; code: string } | null {
  const parts = text.trim().split('|');
  if (parts.length !== 3 || parts[0] !== ENROLLMENT_PREFIX) return null;
  const serverUrl = normaliseServerBase(parts[1]!);
  const code = normaliseEnrollmentCode(parts[2]!);
  return serverUrl && code ? { serverUrl, code } : null;
}
