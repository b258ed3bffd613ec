// Shows a control's new value while it is being saved. Settings change only once the store has
// written them, so without this a radio or checkbox would jump back for a moment after a tap.
import { useRef, useState } from 'preact/hooks';

export function useOptimistic<T>(
  actual: T,
): [T, (next: T, saving: Promise<unknown> | void) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const latest = useRef(0);
  const show = (next: T, saving: Promise<unknown> | void) => {
    if (!saving) return;
    const token = ++latest.current;
    setPending({ value: next });
    // Settled either way: saved (the real value now agrees) or failed (the real value stands).
    void saving.finally(() => token === latest.current && setPending(null));
  };
  return [pending ? pending.value : actual, show];
}
