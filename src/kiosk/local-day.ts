// The device's local calendar day, the unit of "today" on screen and in the log.

export function localDayStart(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function localDayEnd(now: number): number {
  const d = new Date(localDayStart(now));
  d.setDate(d.getDate() + 1);
  return d.getTime();
}
