// What the window shows while it is not the running kiosk: starting, another window is the
// kiosk, the data is held by an older window, the data is newer than this build, the kiosk is
// updating or moved, or it failed. Each says in words what happened and what to do, in
// Vietnamese and then English (no language is chosen yet), never a raw error alone.
import type { SessionPhase } from '../kiosk/kiosk-session';
import { sessionWords as w } from './i18n/data-safety';
import './session-screen.css';

type NotRunning = Exclude<SessionPhase<unknown>, { phase: 'running' }>;

interface SessionScreenProps {
  phase: NotRunning;
  starting: string;
  onTakeOver: () => void;
  onRetry: () => void;
}

function Screen(props: {
  title: string;
  text: string;
  en?: string;
  warn?: boolean;
  busy?: boolean;
  children?: preact.ComponentChildren;
}) {
  return (
    <main
      class={`session ${props.warn ? 'session--warn' : ''}`}
      role={props.warn ? 'alert' : 'status'}
      aria-busy={props.busy ? 'true' : undefined}
    >
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      {props.en && <p class="session__en">{props.en}</p>}
      {props.children}
    </main>
  );
}

export function SessionScreen({ phase, starting, onTakeOver, onRetry }: SessionScreenProps) {
  const retry = (
    <button type="button" class="btn btn--primary" onClick={onRetry}>
      {w.retry}
    </button>
  );
  const takeOver = (
    <button type="button" class="btn btn--primary" onClick={onTakeOver} data-testid="take-over">
      {w.takeOver}
    </button>
  );
  switch (phase.phase) {
    case 'starting':
      return (
        <main class="session" aria-busy="true">
          <p>{starting}</p>
        </main>
      );
    case 'other-window':
      return (
        <Screen title={w.otherWindowTitle} text={w.otherWindowText} en={w.otherWindowTextEn}>
          {takeOver}
        </Screen>
      );
    case 'moved':
      return (
        <Screen title={w.movedTitle} text={w.movedText} en={w.movedTextEn}>
          {takeOver}
        </Screen>
      );
    case 'updating':
      return <Screen title={w.updatingTitle} text={w.updatingText} en={w.updatingTextEn} busy />;
    case 'blocked':
      return phase.timedOut ? (
        <Screen title={w.blockedTitle} text={w.blockedTimedOut} en={w.blockedTimedOutEn} warn>
          {retry}
        </Screen>
      ) : (
        <Screen title={w.blockedTitle} text={w.blockedText} en={w.blockedTextEn} busy />
      );
    case 'newer-data':
      return (
        <Screen
          title={w.newerTitle}
          text={w.newerText(phase.dataVersion, phase.buildVersion)}
          en={w.newerTextEn}
          warn
        >
          {retry}
        </Screen>
      );
    case 'failed':
      return (
        <Screen title={w.failedTitle} text={w.failedText} warn>
          <details>
            <summary>{w.failedDetail}</summary>
            <pre>{phase.detail}</pre>
          </details>
          {retry}
        </Screen>
      );
  }
}
