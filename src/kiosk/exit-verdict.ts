// Check-out mode: leaving is never refused. A code that identifies someone records their
// exit; only a code that identifies nobody (unknown or malformed) is turned down.
import type { CheckResult } from '../core';

export function exitResult(result: CheckResult): CheckResult {
  const identified = result.format !== 'unknown' && !result.reasons.includes('FORMAT_MALFORMED');
  return { ...result, verdict: identified ? 'admit' : 'deny' };
}
