// After 30 s without a code, the reasons a camera usually fails to read one.
import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../i18n';

const TIPS_AFTER_MS = 30_000;

export function ScanTips({ since, strings: s }: { since: number; strings: Strings }) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    setShow(false);
    const timer = setTimeout(() => setShow(true), Math.max(0, since + TIPS_AFTER_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [since]);
  if (!show) return null;
  return (
    <aside class="tips" role="status" data-testid="scan-tips">
      <h2>{s.kiosk.tipsTitle}</h2>
      <ul>
        {s.kiosk.tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
    </aside>
  );
}
