// What the verdict screen shows for an outcome, decided in one pure function so that every
// case (admit, review, deny, duplicate, exit, manual, not saved) is easy to see and test.
import type { CheckResult, Color } from '../../core';
import type { CheckInOutcome } from '../../model';
import { verdictTone, type VerdictTone } from '../../kiosk/verdict-tone';
import type { Strings } from '../i18n';

export type VerdictIcon = 'check' | 'alert' | 'cross' | 'repeat' | 'exit' | 'pen';

export interface VerdictView {
  tone: VerdictTone;
  icon: VerdictIcon;
  title: string;
  subtitle: string | null;
  name: string | null;
  birthYear: number | null;
  maskedId: string | null;
  colorLabel: string | null;
  formatLabel: string;
  reasons: string[];
  /** The guard must choose Admit or Refuse. */
  needsDecision: boolean;
  /** Shown in large type when the entry could not be written. */
  warning: string | null;
  announcement: string;
}

function colorLabel(color: Color, s: Strings): string | null {
  return color === 'green'
    ? s.verdict.colorGreen
    : color === 'yellow'
      ? s.verdict.colorYellow
      : color === 'red'
        ? s.verdict.colorRed
        : null;
}

function formatLabel(result: CheckResult, s: Strings): string {
  switch (result.format) {
    case 'pqr-signed':
      return s.verdict.formatSigned;
    case 'pqr-unsigned':
      return s.verdict.formatUnsigned;
    case 'cccd':
      // Cards issued since 1 July 2024 are "Căn cước"; the chip cards before them keep their name.
      return result.details?.kind === 'id-card' && result.details.card === 'can-cuoc-2024'
        ? s.verdict.formatCanCuoc
        : s.verdict.formatCccd;
    case 'dcc':
      return s.verdict.formatDcc;
    default:
      return s.verdict.formatUnknown;
  }
}

function holderPart(result: CheckResult, s: Strings) {
  return {
    name: result.holder ? result.holder.name || s.verdict.unknownName : null,
    birthYear: result.holder?.birthYear ?? null,
    maskedId: result.holder?.maskedId || null,
    colorLabel: colorLabel(result.color, s),
    formatLabel: formatLabel(result, s),
    reasons: result.reasons.map((r) => s.reasons[r] ?? r),
  };
}

export function verdictView(
  outcome: CheckInOutcome,
  direction: 'in' | 'out',
  s: Strings,
  now: number,
): VerdictView {
  if (outcome.kind === 'manual') {
    const e = outcome.entry;
    const warning = outcome.saved ? null : s.verdict.notSaved;
    return {
      tone: 'manual',
      icon: 'pen',
      title: s.verdict.manual,
      subtitle: null,
      name: e.maskedName,
      birthYear: null,
      maskedId: e.maskedId,
      colorLabel: null,
      formatLabel: s.entry.manualTitle,
      reasons: [s.reasons.IDENTITY_ONLY],
      needsDecision: false,
      warning,
      announcement: [s.verdict.manual, warning].filter(Boolean).join('. '),
    };
  }
  const holder = holderPart(outcome.result, s);
  if (outcome.kind === 'duplicate') {
    const seconds = Math.max(1, Math.round((now - outcome.previous.at) / 1000));
    const subtitle = s.verdict.duplicateSub(seconds);
    return {
      tone: 'duplicate',
      icon: 'repeat',
      title: s.verdict.duplicate,
      subtitle,
      ...holder,
      needsDecision: false,
      warning: null,
      announcement: `${s.verdict.duplicate}. ${subtitle}`,
    };
  }
  const warning = outcome.saved
    ? null
    : outcome.error === 'quota'
      ? s.verdict.notSavedQuota
      : s.verdict.notSaved;
  const verdict = outcome.result.verdict;
  const tone = verdictTone(outcome, direction);
  const exit = tone === 'exit';
  const title = exit ? s.verdict.admitOut : s.verdict[verdict];
  const icon: VerdictIcon = exit
    ? 'exit'
    : verdict === 'admit'
      ? 'check'
      : verdict === 'review'
        ? 'alert'
        : 'cross';
  const announcement = [title, holder.name, holder.reasons[0], warning].filter(Boolean).join('. ');
  return {
    tone,
    icon,
    title,
    subtitle: null,
    ...holder,
    needsDecision: verdict === 'review' && !exit,
    warning,
    announcement,
  };
}
