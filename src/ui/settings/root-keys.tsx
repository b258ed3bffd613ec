// The pinned root keys, shown by key id, and adding one (a root rotation announced by the
// manager). Removing is left out on purpose: a wrong tap must not strand the kiosk.
import { useState } from 'preact/hooks';
import { useServices } from '../services-context';
import { rootKeyFrom } from '../../core';
import { Outcome } from '../admin/outcome';
import { useStrings } from '../i18n';

type State =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'duplicate' }
  | { kind: 'added'; kid: string }
  | { kind: 'failed' };

export function RootKeys() {
  const services = useServices();
  const s = useStrings();
  const roots = services.settings.current.value.pinnedRoots;
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const add = async (e: Event) => {
    e.preventDefault();
    const key = text.trim();
    const root = rootKeyFrom(key);
    if (!root) return setState({ kind: 'invalid' });
    if (roots.some((r) => rootKeyFrom(r)?.kid === root.kid)) return setState({ kind: 'duplicate' });
    try {
      await services.settings.save({ pinnedRoots: [...roots, key] });
      setText('');
      setState({ kind: 'added', kid: root.kid });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  return (
    <section class="ad-card" aria-labelledby="roots-title">
      <h3 id="roots-title">{s.settings.rootsTitle}</h3>
      <p class="ad-note">{s.settings.rootsExplain}</p>
      {roots.length === 0 ? (
        <p>{s.settings.rootsNone}</p>
      ) : (
        <ul class="roots" data-testid="root-kids">
          {roots.map((r) => (
            <li key={r} class="ad-mono">
              {rootKeyFrom(r)?.kid ?? '?'}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)}>
        <div class="ad-field">
          <label for="root-new">{s.settings.rootLabel}</label>
          <input
            id="root-new"
            class="ad-mono"
            value={text}
            autocomplete="off"
            spellcheck={false}
            maxLength={64}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="btn" disabled={!text.trim()}>
          {s.settings.rootAdd}
        </button>
      </form>
      {state.kind === 'invalid' && <Outcome ok={false}>{s.settings.rootInvalid}</Outcome>}
      {state.kind === 'duplicate' && <Outcome ok={false}>{s.settings.rootDuplicate}</Outcome>}
      {state.kind === 'added' && <Outcome ok>{s.settings.rootAdded(state.kid)}</Outcome>}
      {state.kind === 'failed' && <Outcome ok={false}>{s.admin.saveFailed}</Outcome>}
    </section>
  );
}
