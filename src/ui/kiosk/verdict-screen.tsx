// The full-screen verdict: colour, icon and big words together (never colour alone), the
// holder's details to compare with an ID card, the reasons in plain words, and for a review
// the guard's Admit / Refuse. A tap anywhere else, or the countdown (the scan controller's),
// returns to scanning; a decision that could not be saved is said, and may be tried again.
import type { StoreErrorKind } from '../../model';
import { Icon } from '../icons/icons';
import type { Strings } from '../i18n';
import type { VerdictView } from './verdict-view';

export interface VerdictScreenProps {
  view: VerdictView;
  secondsLeft: number;
  /** The guard's decision: being saved, or failed to save (with why). */
  decision: 'none' | 'saving' | 'failed';
  decisionError: StoreErrorKind | null;
  strings: Strings;
  onDone: () => void;
  onDecide: (decision: 'admit' | 'refuse') => void;
}

export function VerdictScreen(props: VerdictScreenProps) {
  const { view, secondsLeft, decision, decisionError, strings: s, onDone, onDecide } = props;
  const decide = (decision: 'admit' | 'refuse') => (event: Event) => {
    event.stopPropagation();
    onDecide(decision);
  };

  return (
    <section
      class={`verdict verdict--${view.tone}`}
      data-tone={view.tone}
      onClick={onDone}
      aria-labelledby="verdict-title"
    >
      <div class="verdict__head">
        <Icon name={view.icon} size={96} />
        <h1 id="verdict-title" class="verdict__title">
          {view.title}
        </h1>
        {view.subtitle && <p class="verdict__subtitle">{view.subtitle}</p>}
      </div>
      {view.warning && (
        <p class="verdict__warning" role="alert">
          <Icon name="alert" size={32} /> {view.warning}
        </p>
      )}
      {view.name !== null && (
        <dl class="verdict__holder">
          <dt class="sr-only">{s.entry.manualName}</dt>
          <dd class="verdict__name" data-testid="holder-name">
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
      <p class="verdict__format">
        {view.formatLabel}
        {view.colorLabel && (
          <>
            {' '}
            · <strong>{view.colorLabel}</strong>
          </>
        )}
      </p>
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
      <p class="verdict__next">
        {s.verdict.tapToContinue}
        {decision === 'none' && ` · ${s.verdict.returningIn(Math.max(secondsLeft, 0))}`}
      </p>
    </section>
  );
}
