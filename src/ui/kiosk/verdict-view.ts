// What the verdict screen shows for an outcome, decided in one pure function so that every
// case (admit, review, deny, duplicate, exit, manual, not saved, unverified, reopened) is easy
// to see and test.
import type { CheckResult, Color } from '../../core';
import type { CheckInOutcome } from '../../model';
import { identityUnverified } from '../../kiosk/unverified-identity';
import { verdictTone, type VerdictTone } from '../../kiosk/verdict-tone';
import type { Strings } from '../i18n';
import { dccWords } from './dcc-words';

export type VerdictIcon = 'check' | 'alert' | 'cross' | 'repeat' | 'exit' | 'pen';

export interface VerdictView {
  tone: VerdictTone;
  icon: VerdictIcon;
  title: string;
  subtitle: string | null;
  name: string | null;
  /** The name is only what an unverified code says: shown small and marked so. */
  nameUnverified: boolean;
  birthYear: number | null;
  maskedId: string | null;
  colorLabel: string | null;
  formatLabel: string;
  /** A DCC's certificate in words ("Tiêm chủng 2/2, ngày …"); only when its signature held. */
  certificate: string | null;
  /** A DCC's issuing country ("Nơi cấp: Việt Nam (VN)"); with `certificate`. */
  country: string | null;
  reasons: string[];
  /** The guard must choose Admit or Refuse. */
  needsDecision: boolean;
  /** Shown in large type when the entry could not be written. */
  warning: string | null;
  /** A line about the scan itself (a review reopened after a reload: when it was scanned). */
  note: string | null;
  announcement: string;
}

/** The local time of day, 09:12, as the guard's clock shows it. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
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

function holderPart(result: CheckResult, s: Strings, reopened: boolean) {
  const unverified = identityUnverified(result);
  // The log keeps the format, not which ID card it was: a reopened review names neither.
  const format =
    reopened && result.format === 'cccd' ? s.verdict.formatIdCard : formatLabel(result, s);
  // What an unverified certificate claims is not shown as if an issuer had said it.
  const dcc = unverified ? null : dccWords(result, s);
  return {
    name: result.holder ? result.holder.name || s.verdict.unknownName : null,
    nameUnverified: unverified && result.holder !== null,
    birthYear: result.holder?.birthYear ?? null,
    maskedId: result.holder?.maskedId || null,
    colorLabel: colorLabel(result.color, s),
    formatLabel: unverified ? s.verdict.formatUnverified : format,
    certificate: dcc?.certificate ?? null,
    country: dcc?.country ?? null,
    reasons: result.reasons.map((r) => s.reasons[r] ?? r),
  };
}

export function verdictView(
  outcome: CheckInOutcome,
  s: Strings,
  now: number,
  opts: { reopened?: boolean } = {},
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
      nameUnverified: false,
      birthYear: null,
      maskedId: e.maskedId,
      colorLabel: null,
      formatLabel: s.entry.manualTitle,
      certificate: null,
      country: null,
      reasons: [s.reasons.IDENTITY_ONLY],
      needsDecision: false,
      warning,
      note: null,
      announcement: [s.verdict.manual, warning].filter(Boolean).join('. '),
    };
  }
  const holder = holderPart(outcome.result, s, opts.reopened === true);
  if (outcome.kind === 'duplicate') {
    // What the log knows: when this pass was let through, and how long ago.
    const { previous } = outcome;
    const seconds = Math.max(0, Math.round((now - previous.at) / 1000));
    const out = previous.direction === 'out';
    const subtitle = (out ? s.verdict.duplicateSubOut : s.verdict.duplicateSub)(
      clockTime(previous.at),
      s.verdict.ago(seconds),
    );
    const title = out ? s.verdict.duplicateOut : s.verdict.duplicate;
    return {
      tone: 'duplicate',
      icon: 'repeat',
      title,
      subtitle,
      ...holder,
      needsDecision: false,
      warning: null,
      note: null,
      announcement: `${title}. ${subtitle}`,
    };
  }
  const warning = outcome.saved
    ? null
    : outcome.error === 'quota'
      ? s.verdict.notSavedQuota
      : s.verdict.notSaved;
  const verdict = outcome.result.verdict;
  const tone = verdictTone(outcome);
  const exit = tone === 'exit';
  const title = exit ? s.verdict.admitOut : s.verdict[verdict];
  const icon: VerdictIcon = exit
    ? 'exit'
    : verdict === 'admit'
      ? 'check'
      : verdict === 'review'
        ? 'alert'
        : 'cross';
  const note =
    opts.reopened && outcome.saved ? s.verdict.reopenedNote(clockTime(outcome.entry.at)) : null;
  // An unverified name is not read out as if it were the person's.
  const spokenName = holder.nameUnverified ? holder.formatLabel : holder.name;
  const announcement = [title, spokenName, holder.reasons[0], holder.certificate, note, warning]
    .filter(Boolean)
    .join('. ');
  return {
    tone,
    icon,
    title,
    subtitle: null,
    ...holder,
    needsDecision: verdict === 'review' && !exit,
    warning,
    note,
    announcement,
  };
}
