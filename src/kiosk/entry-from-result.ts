// From a verification result to the record kept on the device. Only masked identity is
// stored: the full name is on screen for the guard, never in the log.
import { maskName, uuidv7, type CheckResult } from '../core';
import type { Direction, Entry, EntrySource } from '../model';

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
