// A DCC's certificate in the guard's words (eu-dcc.md §3): "Tiêm chủng 2/2, ngày 03/02/2026",
// "Xét nghiệm âm tính RAT, lấy mẫu lúc 09:12 ngày 03/02/2026", "Khỏi bệnh, hiệu lực đến …",
// and the issuing country by name. Pure: the verdict view calls it, the screen only renders.
// Days and times are those of Vietnam (UTC+7), as the certificate's dates are read.
import { HOUR_MS, type CheckResult, type DccCertificateFacts } from '../../core';
import type { Strings } from '../i18n';
import type { VietnamTime } from '../i18n/calendar';
import { countryName } from '../i18n/country-name';

export interface DccWords {
  /** What the certificate says: its type, dose or result, and its date. */
  certificate: string;
  /** The issuing country, by name when it is an ISO 3166 code. */
  country: string;
}

export function vietnamTime(at: number): VietnamTime {
  const d = new Date(at + 7 * HOUR_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

function certificateWords(facts: DccCertificateFacts, s: Strings): string {
  const w = s.dcc;
  const words =
    facts.type === 'vaccination'
      ? w.vaccination(facts.dose, facts.of, w.day(vietnamTime(facts.date)))
      : facts.type === 'test'
        ? w.test(facts.result, facts.test, w.dayTime(vietnamTime(facts.sampledAt)))
        : // `du` is the last valid day, inclusive.
          w.recovery(w.day(vietnamTime(facts.validUntil)));
  return facts.covid19 ? words : `${words} · ${w.otherDisease}`;
}

/** The words for a DCC's result; null for any other code, or a DCC that was not read. */
export function dccWords(result: CheckResult, s: Strings): DccWords | null {
  const details = result.details;
  if (result.format !== 'dcc' || details?.kind !== 'dcc') return null;
  return {
    certificate: certificateWords(details.certificate, s),
    country: s.dcc.issuedBy(countryName(details.country, s)),
  };
}
