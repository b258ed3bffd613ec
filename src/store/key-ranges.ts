// Key ranges for a half-open time span [from, to) on the `by-time` index, whose keys are
// [at, id]: a shorter array sorts before every longer one with the same prefix, so [from]
// comes before [from, anyId] and [to] before [to, anyId].

/** [from, to) on `by-time`, or null when the span is empty (IDBKeyRange refuses those). */
export function timeRange(from: number, to: number): IDBKeyRange | null {
  return from < to ? IDBKeyRange.bound([from], [to], false, true) : null;
}

/** The 25 local-clock hour boundaries of the local day containing `dayStart`. */
export function localHourBoundaries(dayStart: number): number[] {
  const d = new Date(dayStart);
  // Date() does the calendar work: a daylight-saving day gets an empty or a two-hour slot,
  // and every instant of the day still falls in exactly one hour.
  return Array.from({ length: 25 }, (_, h) =>
    new Date(d.getFullYear(), d.getMonth(), d.getDate(), h).getTime(),
  );
}
