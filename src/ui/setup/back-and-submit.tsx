// The foot of a wizard form: Back, and the step's submit button; both held while it works.
import { useStrings } from '../i18n';

export function BackAndSubmit(props: {
  onBack: () => void;
  busy: boolean;
  label: string;
  busyLabel: string;
}) {
  const s = useStrings();
  return (
    <div class="setup__actions">
      <button type="button" class="btn" onClick={props.onBack} disabled={props.busy}>
        {s.setup.back}
      </button>
      <button type="submit" class="btn btn--primary" disabled={props.busy}>
        {props.busy ? props.busyLabel : props.label}
      </button>
    </div>
  );
}
