// Today's totals by verdict and by direction. A review verdict splits by the guard's call:
// `admitted` counts everyone let through, so review-then-admitted is admitted minus admit.
import type { EntryTotals } from '../../../model';
import { useStrings } from '../../i18n';
import { AdminIcon, type AdminIconName } from '../admin-icons';

export function VerdictTotals({ totals }: { totals: EntryTotals }) {
  const s = useStrings();
  const reviewAdmitted = Math.max(0, Math.min(totals.review, totals.admitted - totals.admit));
  const rows: {
    label: string;
    value: number;
    icon: AdminIconName;
    sub?: boolean;
    testId: string;
  }[] = [
    { label: s.log.totalAdmit, value: totals.admit, icon: 'check', testId: 'total-admit' },
    { label: s.log.totalReview, value: totals.review, icon: 'question', testId: 'total-review' },
    {
      label: s.log.totalReviewAdmitted,
      value: reviewAdmitted,
      icon: 'check',
      sub: true,
      testId: 'total-review-admitted',
    },
    {
      label: s.log.totalReviewOther,
      value: totals.review - reviewAdmitted,
      icon: 'cross',
      sub: true,
      testId: 'total-review-other',
    },
    { label: s.log.totalDeny, value: totals.deny, icon: 'cross', testId: 'total-deny' },
  ];
  return (
    <section class="ad-card totals" aria-labelledby="totals-title">
      <h3 id="totals-title">{s.log.totalsTitle}</h3>
      <dl class="totals__list">
        {rows.map((r) => (
          <div
            key={r.testId}
            class={`totals__row ${r.sub ? 'totals__row--sub' : ''}`}
            data-testid={r.testId}
          >
            <dt>
              <AdminIcon name={r.icon} size={18} /> {r.label}
            </dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      <dl class="totals__list totals__list--flow">
        <div class="totals__row" data-testid="total-admitted">
          <dt>{s.log.totalAdmitted}</dt>
          <dd>{totals.admitted}</dd>
        </div>
        <div class="totals__row" data-testid="total-in">
          <dt>
            <AdminIcon name="arrowIn" size={18} /> {s.log.totalIn}
          </dt>
          <dd>{totals.in}</dd>
        </div>
        <div class="totals__row" data-testid="total-out">
          <dt>
            <AdminIcon name="arrowOut" size={18} /> {s.log.totalOut}
          </dt>
          <dd>{totals.out}</dd>
        </div>
      </dl>
    </section>
  );
}
