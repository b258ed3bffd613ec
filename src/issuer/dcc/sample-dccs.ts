// A labelled set of DCCs covering the door's outcomes, like ../sample-codes.ts for personal
// QRs: for `npm start`'s demo page (which lists them once the window side shows DCCs), the
// tests and the fuzzing seeds. Dates are relative to `now`; `other` signs the wrong-signer one
// and must not be in the kiosk's bundle.
import { DAY_MS, HOUR_MS } from '../../core/times';
import { issueDcc, type DccContent, type DccHolder } from './issue-dcc';
import type { DccSigningKey } from './signing-key';

export type DccSampleKind =
  'vaccinated' | 'booster' | 'negative-test' | 'recovered' | 'expired' | 'wrong-signer';

export interface DccSample {
  kind: DccSampleKind;
  /** What a tester should see, in Vietnamese then English. */
  label: string;
  text: string;
}

/** `YYYY-MM-DD` of the Vietnam day `ms` falls in. */
const vnDate = (ms: number) => new Date(ms + 7 * HOUR_MS).toISOString().slice(0, 10);

const HOLDER: DccHolder = { familyName: 'Nguyễn', givenName: 'Văn An', dob: '1990-02-03' };

export async function dccSamples(
  signer: DccSigningKey,
  other: DccSigningKey,
  now: number,
): Promise<DccSample[]> {
  const base = { holder: HOLDER, issuedAt: now - 2 * DAY_MS, expiresAt: now + 300 * DAY_MS };
  const issue = (content: Partial<DccContent> & Pick<DccContent, 'entries'>, key = signer) =>
    issueDcc({ ...base, ...content }, key);
  const dose = (n: number, of: number, daysAgo: number) => ({
    type: 'v' as const,
    dose: n,
    of,
    date: vnDate(now - daysAgo * DAY_MS),
  });
  const testHolder: DccHolder = { familyName: 'Trần', givenName: 'Thị Bình', dob: '1985-07-21' };
  return [
    {
      kind: 'vaccinated',
      label: 'Tiêm chủng 2/2 — Vaccinated 2/2',
      text: await issue({ entries: [dose(2, 2, 60)] }),
    },
    {
      kind: 'booster',
      label: 'Mũi nhắc 3/2 — Booster 3/2',
      text: await issue({ entries: [dose(3, 2, 30)] }),
    },
    {
      kind: 'negative-test',
      label: 'Xét nghiệm nhanh âm tính — Negative rapid test',
      text: await issue({
        holder: testHolder,
        issuedAt: now - 6 * HOUR_MS,
        expiresAt: now + 2 * DAY_MS,
        entries: [{ type: 't', result: 'negative', test: 'RAT', sampledAt: now - 6 * HOUR_MS }],
      }),
    },
    {
      kind: 'recovered',
      label: 'Đã khỏi bệnh — Recovered',
      text: await issue({
        entries: [
          {
            type: 'r',
            firstPositive: vnDate(now - 40 * DAY_MS),
            validFrom: vnDate(now - 29 * DAY_MS),
            validUntil: vnDate(now + 140 * DAY_MS),
          },
        ],
      }),
    },
    {
      kind: 'expired',
      label: 'Chứng nhận hết hạn — Expired certificate',
      text: await issue({
        issuedAt: now - 400 * DAY_MS,
        expiresAt: now - DAY_MS,
        entries: [dose(2, 2, 420)],
      }),
    },
    {
      kind: 'wrong-signer',
      label: 'Nơi ký không được công nhận — Unknown signer',
      text: await issue({ entries: [dose(2, 2, 60)] }, other),
    },
  ];
}
