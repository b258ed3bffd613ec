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

/** Puts a warning first; when the verdict was admit, it becomes `admitBecomes`. */
function amend(decision: Decision, reason: ReasonCode, admitBecomes: Verdict): Decision {
  return {
    ...decision,
    verdict: decision.verdict === 'admit' ? admitBecomes : decision.verdict,
    reasons: [reason, ...decision.reasons],
  };
}

/** Adds BUNDLE_MISSING after the reasons when it did not change the verdict. */
function amendMissing(decision: Decision): Decision {
  if (decision.verdict === 'admit') return amend(decision, 'BUNDLE_MISSING', 'review');
  return { ...decision, reasons: [...decision.reasons, 'BUNDLE_MISSING'] };
}

export function decide(
  finding: Finding,
  policy: VenuePolicy,
  bundle: TrustBundle | null,
  now: number,
): Decision {
  const decision = initialDecision(finding, policy);
  if (!bundle) {
    // The kiosk never admits without a valid trust bundle, whatever the policy says.
    return finding.kind === 'no-bundle' ? decision : amendMissing(decision);
  }
  // A failure in steps 1–3 stays as it is: the bundle's age changes nothing about it.
  if (finding.kind === 'failure') return decision;
  // issuedAt < expiresAt in every accepted bundle, so at most one of the two applies.
  if (now >= bundle.expiresAt) return amend(decision, 'BUNDLE_STALE', policy.staleBundle);
  if (now < bundle.issuedAt) return amend(decision, 'CLOCK_BEHIND', 'review');
  return decision;
}
