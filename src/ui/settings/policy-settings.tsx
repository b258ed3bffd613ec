// The venue's admission policy (spec §5): which health colours admit, what an unsigned code
// or ID card gets, and what a valid code gets once the trust bundle has expired.
import { useServices } from '../services-context';
import type { Color, Verdict } from '../../core';
import { useStrings } from '../i18n';
import { ChoiceGroup } from './choice-group';
import { SaveNote } from './save-note';
import { useSettingSaver } from './use-setting-saver';

export function PolicySettings() {
  const services = useServices();
  const s = useStrings();
  const { save, status } = useSettingSaver();
  const policy = services.settings.current.value.policy;
  const verdicts: { value: Verdict; label: string }[] = [
    { value: 'admit', label: s.settings.verdictAdmit },
    { value: 'review', label: s.settings.verdictReview },
    { value: 'deny', label: s.settings.verdictDeny },
  ];
  // Only green and yellow are offered; any other colour already in the policy is kept as is.
  const offered: Color[] = ['green', 'yellow'];
  const otherColors = policy.admitColors.filter((c) => !offered.includes(c));

  return (
    <section class="ad-card" aria-labelledby="policy-title">
      <h3 id="policy-title">{s.settings.policyTitle}</h3>
      <ChoiceGroup<Color>
        legend={s.settings.admitColors}
        name="admit-colors"
        multiple
        choices={[
          {
            value: 'green',
            label: (
              <>
                <span class="swatch swatch--green" aria-hidden="true" /> {s.settings.colorGreen}
              </>
            ),
          },
          {
            value: 'yellow',
            label: (
              <>
                <span class="swatch swatch--yellow" aria-hidden="true" /> {s.settings.colorYellow}
              </>
            ),
          },
        ]}
        selected={policy.admitColors}
        onChange={(colors) =>
          save({
            policy: {
              ...policy,
              admitColors: [...colors, ...otherColors.filter((c) => !colors.includes(c))],
            },
          })
        }
      />
      <ChoiceGroup<Verdict>
        legend={s.settings.unsigned}
        name="policy-unsigned"
        choices={verdicts}
        selected={[policy.unsigned]}
        onChange={([v]) => v && save({ policy: { ...policy, unsigned: v } })}
      />
      <ChoiceGroup<Verdict>
        legend={s.settings.staleBundle}
        name="policy-stale"
        choices={verdicts.filter((v) => v.value !== 'deny')}
        selected={[policy.staleBundle]}
        onChange={([v]) => v && save({ policy: { ...policy, staleBundle: v } })}
      />
      <SaveNote status={status} />
    </section>
  );
}
