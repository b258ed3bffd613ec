// A country as the guard reads it: "Việt Nam (VN)" for an ISO 3166 code the runtime knows, the
// text as it came otherwise (it comes from a scanned code or a trust bundle: already cleaned).
import type { Strings } from './vi';

export function countryName(country: string, s: Strings): string {
  if (!country) return s.dcc.countryUnknown;
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    const name = new Intl.DisplayNames([s.dcc.locale], { type: 'region', fallback: 'none' }).of(
      country,
    );
    return name && name !== country ? `${name} (${country})` : country;
  } catch {
    return country;
  }
}
