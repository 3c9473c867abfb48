import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';

/**
 * A component whose code loads on first render, so that the first view does not download and
 * compile parts most visits never open (import, export, sharing). Meanwhile it shows "Loading…";
 * if the chunk cannot load, a message that says so, in the UI language, and the rest of the app
 * goes on working. `load` runs once, however often the component renders.
 */
export function lazyComponent<P extends { lang: Lang }>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  let failed: string | null = null;
  let pending: Promise<void> | null = null;
  const start = () =>
    (pending ??= load().then(
      (c) => void (loaded = c),
      (e: unknown) => void (failed = e instanceof Error ? e.message : String(e)),
    ));
  function Lazy(props: P) {
    const [, settle] = useState(0);
    // Started while rendering, not in the effect: Preact runs effects after the next frame.
    if (!loaded && !failed) void start();
    useEffect(() => {
      let live = true;
      if (pending) void pending.then(() => live && settle((n) => n + 1));
      return () => void (live = false);
    }, []);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (failed) {
      return (
        <p class="notice error" role="alert">
          {MESSAGES.partFailed[props.lang](failed)}
        </p>
      );
    }
    return (
      <p class="muted" role="status">
        {MESSAGES.partLoading[props.lang]}
      </p>
    );
  }
  return Lazy;
}
