// Launching Debian's Chromium for end-to-end tests: no browser download, a fresh profile, and
// optionally a fake camera fed by a Y4M file, a denied camera, or no camera at all.
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface CameraOptions {
  /** A Y4M file for the fake camera. */
  video?: string;
  /** 'deny' answers the permission prompt with no; 'none' has no capture device at all. */
  camera?: 'allow' | 'deny' | 'none';
}

export function chromiumLaunchOptions(opts: CameraOptions = {}): LaunchOptions {
  const args = [...BASE_ARGS];
  const camera = opts.camera ?? 'allow';
  if (camera !== 'none') args.push('--use-fake-device-for-media-stream');
  if (camera === 'allow') args.push('--use-fake-ui-for-media-stream');
  if (opts.video) args.push(`--use-file-for-fake-video-capture=${opts.video}`);
  return { executablePath: CHROMIUM_PATH, headless: true, args };
}

export function launchChromium(opts: CameraOptions = {}): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions(opts));
}
