// The re-entry rule: when a scan is "already checked in" rather than a new entry. It matches
// what happened at the door, not just who the person is:
//
// - The same pass: the same identity as the log stores it (`passId`, compared only for
//   equality, so it holds whether the log keeps the raw identity or a keyed pseudonym) and the
//   same code (`format` and `passHash`). Another code of the same person (their ID card after
//   their personal QR, a re-issued pass, a tampered copy) is another pass: verified and logged
//   on its own. A DCC is the exception (eu-dcc.md §3): its identity is the holder, and one
//   person holds a new certificate per dose, so any DCC of the same holder is the same pass.
//   A tampered one still counts apart, by its result (it is denied).
// - Within the venue's re-entry window (settings.duplicateWindowSec; 0 = off), in the same
//   direction (check-in and check-out each on their own).
// - Only after an admitted entry: admitted by its verdict, or a review the guard admitted. A
//   deny, a refused review, an open review or one closed undecided never suppresses anything.
// - With the same result (verdict, colour, reasons): anything that changed since (the bundle
//   went stale, a test result expired) is a new verdict, logged.
import type { Entry } from '../model';
import { wasAdmitted } from '../model';

type PassFields = Pick<Entry, 'passId' | 'format' | 'passHash'>;
type ResultFields = Pick<Entry, 'verdict' | 'color' | 'reasons'>;

/** The same identity (as stored) and the same code (any DCC of one holder). No identity, no pass. */
export function samePass(a: PassFields, b: PassFields): boolean {
  return (
    a.passId !== null &&
    a.passId === b.passId &&
    a.format === b.format &&
    (a.format === 'dcc' || a.passHash === b.passHash)
  );
}

export function sameResult(a: ResultFields, b: ResultFields): boolean {
  return (
    a.verdict === b.verdict &&
    a.color === b.color &&
    a.reasons.length === b.reasons.length &&
    a.reasons.every((r, i) => r === b.reasons[i])
  );
}

/**
 * The entry that makes `next` a repeat, if any: among `recent` (the log's entries of the same
 * identity, direction and window, newest first) the newest of the same pass, when it was
 * admitted and gave the same result.
 */
export function repeatOf(next: Entry, recent: readonly Entry[]): Entry | undefined {
  const previous = recent.find((e) => e.id !== next.id && samePass(e, next));
  return previous && wasAdmitted(previous) && sameResult(previous, next) ? previous : undefined;
}
