// The full-screen verdict: colour, icon and big words together (never colour alone), the
// holder's details to compare with an ID card, the reasons in plain words, and for a review
// the guard's Admit / Refuse. A tap anywhere else, or the countdown (the scan controller's),
// returns to scanning, except on a review, which waits for the guard's decision; a decision
// that could not be saved is said, and may be tried again. The title is one line at any size
// (its font follows its length), and a name an unverified code claims is small and marked.
import type { StoreErrorKind } from '../../model';
import { Icon } from '../icons/icons';
import type { Strings } from '../i18n';
import type { VerdictView } from './verdict-view';

export interface VerdictScreenProps {
  view: VerdictView;
  /** Before it returns by itself; null while a review waits for the guard. */
  secondsLeft: number | null;
  /** A saved review waiting for Admit / Refuse: a tap elsewhere does not take it away. */
  waitsForGuard: boolean;
  /** The guard's decision: being saved, or failed to save (with why). */
  decision: 'none' | 'saving' | 'failed';
  decisionError: StoreErrorKind | null;
  strings: Strings;
  onDone: () => void;
  onDecide: (decision: 'admit' | 'refuse') => void;
}

export function VerdictScreen(props: VerdictScreenProps) {
  const { view, secondsLeft, waitsForGuard, decision, decisionError, strings: s } = props;
  const { onDone, onDecide } = props;
  const decide = (decision: 'admit' | 'refuse') => (event: Event) => {
    event.stopPropagation();
    onDecide(decision);
  };

  return (
    <section
      class={`verdict verdict--${view.tone}`}
      data-tone={view.tone}
      data-waiting={waitsForGuard && decision !== 'failed' ? 'true' : undefined}
      onClick={onDone}
      aria-labelledby="verdict-title"
    >
      <div class="verdict__head">
        <Icon name={view.icon} size={96} />
        <h1
          id="verdict-title"
          class="verdict__title"
          style={`--title-chars: ${[...view.title].length}`}
        >
          {view.title}
        </h1>
        {view.subtitle && <p class="verdict__subtitle">{view.subtitle}</p>}
      </div>
      {view.warning && (
        <p class="verdict__warning" role="alert">
          <Icon name="alert" size={32} /> {view.warning}
        </p>
      )}
      {view.note && <p class="verdict__note">{view.note}</p>}
      {view.name !== null && (
        <dl class={`verdict__holder ${view.nameUnverified ? 'verdict__holder--unverified' : ''}`}>
          {view.nameUnverified ? (
            <dt class="verdict__unverified">{s.verdict.nameUnverified}</dt>
          ) : (
            <dt class="sr-only">{s.entry.manualName}</dt>
          )}
          <dd
            class={view.nameUnverified ? 'verdict__name--unverified' : 'verdict__name'}
            data-testid="holder-name"
            data-unverified={view.nameUnverified ? 'true' : undefined}
          >
            {view.name}
          </dd>
          {view.birthYear !== null && (
            <>
              <dt>{s.verdict.born}</dt>
              <dd>{view.birthYear}</dd>
            </>
          )}
          {view.maskedId && (
            <>
              <dt>{s.verdict.id}</dt>
              <dd class="verdict__id">{view.maskedId}</dd>
            </>
          )}
        </dl>
      )}
      <p class="verdict__format" data-testid="verdict-format">
        {view.formatLabel}
        {view.colorLabel && (
          <>
            {' '}
            · <strong>{view.colorLabel}</strong>
          </>
        )}
      </p>
      {view.certificate && (
        <p class="verdict__certificate" data-testid="verdict-certificate">
          {view.certificate}
          {view.country && (
            <>
              <br />
              <span class="verdict__country">{view.country}</span>
            </>
          )}
        </p>
      )}
      <ul class="verdict__reasons">
        {view.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {view.needsDecision && (
        <div class="verdict__decide">
          <button
            type="button"
            class="btn btn--admit"
            disabled={decision === 'saving'}
            onClick={decide('admit')}
          >
            <Icon name="check" size={32} /> {s.verdict.admitButton}
          </button>
          <button
            type="button"
            class="btn btn--refuse"
            disabled={decision === 'saving'}
            onClick={decide('refuse')}
          >
            <Icon name="cross" size={32} /> {s.verdict.refuseButton}
          </button>
        </div>
      )}
      {decision === 'failed' && (
        <p class="verdict__warning" role="alert" data-testid="decision-not-saved">
          <Icon name="alert" size={32} />{' '}
          {decisionError === 'quota' ? s.verdict.decisionNotSavedQuota : s.verdict.decisionNotSaved}
        </p>
      )}
      <p class="verdict__next">{nextLine(s, waitsForGuard, decision, secondsLeft)}</p>
    </section>
  );
}

/** What happens next: a review waits for the guard (or closes undecided after its timeout). */
function nextLine(
  s: Strings,
  waitsForGuard: boolean,
  decision: VerdictScreenProps['decision'],
  secondsLeft: number | null,
): string {
  const left = Math.max(secondsLeft ?? 0, 0);
  if (waitsForGuard && decision !== 'failed')
    return secondsLeft === null
      ? s.verdict.chooseDecision
      : `${s.verdict.chooseDecision} · ${s.verdict.closesUndecidedIn(left)}`;
  if (decision !== 'none' || secondsLeft === null) return s.verdict.tapToContinue;
  return `${s.verdict.tapToContinue} · ${s.verdict.returningIn(left)}`;
}
