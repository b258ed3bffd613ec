// The result of an admin action in words with an icon (never colour alone), announced to
// screen readers: politely when it went well, at once when it did not.
import { AdminIcon } from './admin-icons';

export function Outcome({
  ok,
  children,
  testId,
}: {
  ok: boolean;
  children: preact.ComponentChildren;
  testId?: string;
}) {
  return (
    <p
      class={`ad-outcome ${ok ? 'ad-outcome--ok' : 'ad-outcome--bad'}`}
      role={ok ? 'status' : 'alert'}
      data-testid={testId}
    >
      <AdminIcon name={ok ? 'check' : 'alert'} />
      <span>{children}</span>
    </p>
  );
}
