// Debian's Chromium started as its own process group on a profile folder, driven over the
// DevTools protocol, so that a test can kill it outright (SIGKILL to the whole group: the
// browser, its renderers and its storage, with no chance to flush or say goodbye) and start
// it again on the same profile, as a tablet that loses power does.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { BASE_ARGS, CHROMIUM_PATH } from './chromium';

export interface KillableChromium {
  browser: Browser;
  /** SIGKILL to the browser's process group; resolves once it is gone. */
  kill(): Promise<void>;
}

export async function launchKillable(profileDir: string): Promise<KillableChromium> {
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      ...BASE_ARGS,
      '--headless',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no DevTools endpoint: ${text}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`chromium exited (${code}): ${text}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return {
    browser,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(-child.pid!, 'SIGKILL');
      }),
  };
}
