// A clear screen for each camera problem, saying what to do, with the other ways in
// (handheld scanner, typed code, manual entry) still at hand below it.
import type { CameraProblem } from '../../scan/camera';
import { Icon } from '../icons/icons';
import type { Strings } from '../i18n';

export function CameraProblemPanel({
  problem,
  lost,
  strings: s,
  onRetry,
}: {
  problem: CameraProblem | null;
  lost: boolean;
  strings: Strings;
  onRetry: () => void;
}) {
  const c = s.camera;
  const [title, help] = lost
    ? [c.lostTitle, c.lostHelp]
    : problem === 'denied'
      ? [c.deniedTitle, c.deniedHelp]
      : problem === 'none'
        ? [c.noneTitle, c.noneHelp]
        : problem === 'busy'
          ? [c.busyTitle, c.busyHelp]
          : problem === 'insecure'
            ? [c.insecureTitle, c.insecureHelp]
            : [c.failedTitle, c.failedHelp];
  return (
    <div class="camera-problem" role="alert" data-problem={lost ? 'lost' : problem}>
      <Icon name="camera" size={64} />
      <h2>{title}</h2>
      {Array.isArray(help) ? (
        <ol>
          {help.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : (
        <p>{help}</p>
      )}
      <button type="button" class="btn btn--primary" onClick={onRetry}>
        {c.retry}
      </button>
    </div>
  );
}
