// The venue's verdict (spec §5 step 5): from what was established about a code to admit,
// review or deny, including the two corrections for a stale bundle and a clock that is behind.
import type { TrustBundle } from './trust-bundle';
import type { Color, FailureReason, ReasonCode, Verdict, VenuePolicy } from './types';

export type Finding =
  | { kind: 'failure'; reason: FailureReason }
  | { kind: 'colored'; color: Color; reason: ReasonCode }
  | { kind: 'identity-only' }
  /** A signed code seen before any trust bundle was installed: nothing to check it against. */
  | { kind: 'no-bundle' };

export interface Decision {
  verdict: Verdict;
  color: Color;
  reasons: ReasonCode[];
}

function initialDecision(finding: Finding, policy: VenuePolicy): Decision {
  switch (finding.kind) {
    case 'failure':
      return { verdict: 'deny', color: 'none', reasons: [finding.reason] };
    case 'colored': {
      const admitted = policy.admitColors.includes(finding.color);
      return {
        verdict: admitted ? 'admit' : 'deny',
        color: finding.color,
        reasons: [finding.reason],
      };
    }
    case 'identity-only':
      return { verdict: policy.unsigned, color: 'none', reasons: ['IDENTITY_ONLY'] };
    case 'no-bundle':
      return { verdict: 'review', color: 'none', reasons: ['BUNDLE_MISSING'] };
  }
}

/** Adds a reason; when it also changed the verdict it is the deciding one and goes first. */
function amend(decision: Decision, reason: ReasonCode, admitBecomes: Verdict): Decision {
  if (decision.verdict === 'admit' && admitBecomes !== 'admit') {
    return { ...decision, verdict: admitBecomes, reasons: [reason, ...decision.reasons] };
  }
  return { ...decision, reasons: [...decision.reasons, reason] };
}

export function decide(
  finding: Finding,
  policy: VenuePolicy,
  bundle: TrustBundle | null,
  now: number,
): Decision {
  let decision = initialDecision(finding, policy);
  if (!bundle) {
    // The kiosk never admits without a valid trust bundle, whatever the policy says.
    return finding.kind === 'no-bundle' ? decision : amend(decision, 'BUNDLE_MISSING', 'review');
  }
  if (now >= bundle.expiresAt) decision = amend(decision, 'BUNDLE_STALE', policy.staleBundle);
  if (now < bundle.issuedAt) decision = amend(decision, 'CLOCK_BEHIND', 'review');
  return decision;
}
