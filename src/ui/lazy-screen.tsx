// A screen whose code loads on its first render: what preact/compat's `lazy` and `Suspense`
// did here, without compat itself (~2 KB gzip of the scan screen's JavaScript for these two
// uses). Until the code is there the screen shows `loading`; a failed load throws on render,
// as `lazy` does.
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type LazyScreen<P> = (props: P & { loading: JSX.Element }) => JSX.Element;

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let failed: { error: unknown } | null = null;
  let pending: Promise<void> | null = null;
  const start = () =>
    (pending ??= load().then(
      (screen) => void (loaded = screen),
      (error: unknown) => void (failed = { error }),
    ));
  return function Lazy({ loading, ...props }) {
    const [, settled] = useState(0);
    useEffect(() => {
      if (loaded || failed) return;
      let live = true;
      void start().then(() => live && settled((n) => n + 1));
      return () => {
        live = false;
      };
    }, []);
    if (failed) throw failed.error;
    const Screen = loaded;
    return Screen ? <Screen {...(props as P)} /> : loading;
  };
}
