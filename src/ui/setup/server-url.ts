// The sync server address as typed by a guard: trimmed, `https://` added when left out, and
// only http(s) with a host. Plain http is left to the server to refuse; the browser allows it
// on localhost and a venue's LAN address is the guard's choice.
export function normaliseServerUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    !url.hostname ||
    url.username ||
    url.password
  )
    return null;
  // The base URL the services call: origin plus path, without a trailing slash, query or hash.
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
