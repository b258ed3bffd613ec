// What became of an entry, in the words and symbol the log shows: a review verdict is told
// apart by the guard's decision, so "checked → admitted" is not counted as a plain admit.
import type { Entry } from '../../../model';
import type { Strings } from '../../i18n';

export type EntryTone = 'admit' | 'review' | 'deny';

export function entryOutcome(
  entry: Pick<Entry, 'verdict' | 'decision'>,
  s: Strings,
): { label: string; icon: 'check' | 'cross' | 'question'; tone: EntryTone } {
  if (entry.verdict === 'admit') return { label: s.log.verdictAdmit, icon: 'check', tone: 'admit' };
  if (entry.verdict === 'deny') return { label: s.log.verdictDeny, icon: 'cross', tone: 'deny' };
  if (entry.decision === 'admit')
    return { label: s.log.verdictReviewAdmitted, icon: 'check', tone: 'admit' };
  if (entry.decision === 'refuse')
    return { label: s.log.verdictReviewRefused, icon: 'cross', tone: 'deny' };
  if (entry.decision === 'none')
    return { label: s.log.verdictReviewNone, icon: 'question', tone: 'review' };
  return { label: s.log.verdictReviewOpen, icon: 'question', tone: 'review' };
}
