// Success and time per frame, per level and decoder: what bench:decode prints and saves.

export interface Tally {
  read: number;
  total: number;
  /** Milliseconds per frame, every frame (read or not). */
  ms: number[];
}

export type Tallies = Record<string, Record<string, Tally>>;

/** Text as read equals text as made; CRLF and LF count as the same (the blackbox texts). */
export function sameText(read: string | null, expected: string): boolean {
  if (read === null) return false;
  const norm = (s: string) => s.replace(/\r\n/g, '\n').replace(/\n+$/, '');
  return norm(read) === norm(expected);
}

export function addTo(
  tallies: Tallies,
  decoder: string,
  level: string,
  ok: boolean,
  ms: number,
): void {
  const byLevel = (tallies[decoder] ??= {});
  const t = (byLevel[level] ??= { read: 0, total: 0, ms: [] });
  t.total++;
  if (ok) t.read++;
  t.ms.push(ms);
}

/** All levels of one decoder together. */
export function overall(byLevel: Record<string, Tally>): Tally {
  const all: Tally = { read: 0, total: 0, ms: [] };
  for (const t of Object.values(byLevel)) {
    all.read += t.read;
    all.total += t.total;
    all.ms.push(...t.ms);
  }
  return all;
}
