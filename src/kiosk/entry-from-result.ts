// From a verification result, or a guard's typed check-in, to the record kept on the device.
// Only masked identity is stored: the full name is on screen for the guard, never in the log.
import { displayText, maskId, maskName, uuidv7, type CheckResult } from '../core';
import type { Direction, Entry, EntrySource, ManualCheckIn } from '../model';

export function entryFromResult(
  result: CheckResult,
  ctx: { at: number; direction: Direction; source: EntrySource; bundleSeq: number | null },
): Entry {
  return {
    id: uuidv7(ctx.at),
    at: ctx.at,
    direction: ctx.direction,
    source: ctx.source,
    format: result.format,
    verdict: result.verdict,
    decision: null,
    color: result.color,
    reasons: result.reasons,
    passId: result.passId,
    passHash: result.passHash,
    maskedName: result.holder ? maskName(result.holder.name) : '',
    birthYear: result.holder?.birthYear ?? null,
    maskedId: result.holder?.maskedId ?? '',
    kid: result.kid,
    bundleSeq: ctx.bundleSeq,
    syncedAt: null,
  };
}

/** A guard's typed check-in: identity only, and admitted because the guard let them in. */
export function manualEntry(
  input: ManualCheckIn,
  ctx: { at: number; direction: Direction; bundleSeq: number | null },
): Entry {
  const id = displayText(input.idNumber, 20).replace(/\s/g, '');
  return {
    id: uuidv7(ctx.at),
    at: ctx.at,
    direction: ctx.direction,
    source: 'manual',
    format: 'manual',
    verdict: 'review',
    decision: 'admit',
    color: 'none',
    reasons: ['IDENTITY_ONLY'],
    passId: id ? `manual:${id}` : null,
    passHash: null,
    maskedName: maskName(input.name),
    birthYear: null,
    maskedId: maskId(id),
    kid: null,
    bundleSeq: ctx.bundleSeq,
    syncedAt: null,
  };
}
