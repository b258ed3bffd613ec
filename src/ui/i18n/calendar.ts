// A moment as Vietnam's calendar and clock give it, for strings that spell dates and times in
// each language's way (a DCC's dates are Vietnam days, eu-dcc.md §3).
export interface VietnamTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Two digits: 09, 12. */
export const pad = (n: number) => String(n).padStart(2, '0');

/** What a DCC test says, as the verdict words need it. */
export type DccTestResult = 'negative' | 'positive' | null;
export type DccTestType = 'PCR' | 'RAT' | null;
