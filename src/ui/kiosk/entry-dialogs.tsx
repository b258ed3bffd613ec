// The two ways in besides the camera and a handheld scanner: typing or pasting a code's
// text, and a manual check-in of a name and ID typed by the guard.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n';

interface DialogProps {
  strings: Strings;
  onCancel: () => void;
}

function Dialog({
  title,
  onCancel,
  children,
}: {
  title: string;
  onCancel: () => void;
  children: preact.ComponentChildren;
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div class="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="dialog-title">
        <h2 id="dialog-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}

export function CodeEntryDialog({
  strings: s,
  onCancel,
  onSubmit,
}: DialogProps & { onSubmit: (text: string) => void }) {
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <Dialog title={s.entry.codeTitle} onCancel={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onSubmit(text.replace(/\r?\n$/, ''));
        }}
      >
        <label for="code-text">{s.entry.codeLabel}</label>
        <textarea
          id="code-text"
          ref={field}
          rows={4}
          value={text}
          maxLength={8193 /* one over the core's limit, so too long is refused, not cut */}
          spellcheck={false}
          autocomplete="off"
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
        <div class="dialog__actions">
          <button type="button" class="btn" onClick={onCancel}>
            {s.entry.cancel}
          </button>
          <button type="submit" class="btn btn--primary" disabled={!text.trim()}>
            {s.entry.codeSubmit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ManualEntryDialog({
  strings: s,
  onCancel,
  onSubmit,
}: DialogProps & { onSubmit: (v: { name: string; idNumber: string }) => void }) {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [error, setError] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!name.trim() || !idNumber.trim()) return setError(true);
    onSubmit({ name: name.trim(), idNumber: idNumber.trim() });
  };
  return (
    <Dialog title={s.entry.manualTitle} onCancel={onCancel}>
      <form onSubmit={submit}>
        <label for="manual-name">{s.entry.manualName}</label>
        <input
          id="manual-name"
          ref={field}
          value={name}
          maxLength={80}
          autocomplete="off"
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        <label for="manual-id">{s.entry.manualId}</label>
        <input
          id="manual-id"
          value={idNumber}
          maxLength={20}
          autocomplete="off"
          inputMode="text"
          onInput={(e) => setIdNumber((e.target as HTMLInputElement).value)}
        />
        <p class="dialog__note">{s.entry.manualNote}</p>
        {error && (
          <p class="dialog__error" role="alert">
            {s.entry.required}
          </p>
        )}
        <div class="dialog__actions">
          <button type="button" class="btn" onClick={onCancel}>
            {s.entry.cancel}
          </button>
          <button type="submit" class="btn btn--primary">
            {s.entry.manualSubmit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
