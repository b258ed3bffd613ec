// `npm start`'s DCC demo: a demo DSC persisted in the data directory, listed in the demo trust
// bundle (so the demo page's DCC samples verify at a kiosk holding it), kept across restarts,
// a bundle re-published when it does not list the signer, and everything gone with the demo.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createNobleVerifier,
  DEFAULT_POLICY,
  encodeB64u,
  openTrustBundle,
  rootKeyFrom,
  verifyCode,
} from '../../src/core';
import { startServer } from '../../server/start-server';
import { pgliteDataDir } from './support/pglite-template';
import { TEST_SCRYPT } from './support/test-server';

const verifier = createNobleVerifier();

describe('DCC demo of npm start', () => {
  it('signs the demo DCCs with a persisted DSC that the demo bundle lists; removed with the demo', async () => {
    const dataDir = await pgliteDataDir();
    const signerFile = join(dataDir, 'demo', 'dcc-signer.json');
    const start = (demo = true) =>
      startServer({ dataDir, port: 0, demo, logLevel: 'error', scrypt: TEST_SCRYPT });
    try {
      const first = await start();
      expect(existsSync(signerFile)).toBe(true);
      const page = await (await fetch(`${first.url}/demo`)).text();
      const kinds = [...page.matchAll(/data-kind="([^"]+)"/g)].map((m) => m[1]);
      expect(kinds.filter((k) => k!.startsWith('dcc-'))).toEqual([
        'dcc-vaccinated',
        'dcc-booster',
        'dcc-negative-test',
        'dcc-recovered',
        'dcc-expired',
        'dcc-wrong-signer',
      ]);
      const texts = [...page.matchAll(/<code>(HC1:[^<]+)<\/code>/g)].map((m) => m[1]!);
      expect(texts).toHaveLength(6);

      // The bundle a kiosk fetches lists the signer, and the samples verify against it.
      const [root] = await first.ops.listRoots();
      const open = async (url: string) => {
        const opened = await openTrustBundle(
          await (await fetch(`${url}/api/bundle`)).text(),
          [rootKeyFrom(root!.publicKey)!],
          null,
          verifier,
        );
        if (opened.outcome !== 'accepted') throw new Error(JSON.stringify(opened));
        return opened.bundle;
      };
      const bundle = await open(first.url);
      expect(bundle.dccSigners).toHaveLength(1);
      expect(bundle.dccSigners[0]).toMatchObject({ country: 'VN' });
      const verdicts = await Promise.all(
        texts.map((text) =>
          verifyCode(text, { bundle, policy: DEFAULT_POLICY, now: Date.now(), verifier }),
        ),
      );
      expect(verdicts.map((r) => [r.verdict, r.reasons[0]])).toEqual([
        ['admit', 'VACCINATED_FULL'],
        ['admit', 'VACCINATED_FULL'],
        ['admit', 'TEST_NEGATIVE'],
        ['admit', 'RECOVERED'],
        ['deny', 'PASS_EXPIRED'],
        ['deny', 'KEY_UNKNOWN'],
      ]);
      const kid = bundle.dccSigners[0]!.kid;
      await first.close();

      // Restarted: the same signer, the same bundle.
      const second = await start();
      expect((await open(second.url)).dccSigners[0]!.kid).toBe(kid);
      expect(second.demo!.bundleSeq).toBe(1);
      await second.close();

      // A demo bundle that does not list the signer (here: a lost signer file) is replaced.
      rmSync(signerFile);
      const third = await start();
      expect(third.demo!.bundleSeq).toBe(2);
      const renewed = (await open(third.url)).dccSigners[0]!.kid;
      expect(renewed).not.toBe(kid);
      expect(renewed).toBe(
        encodeB64u(
          new Uint8Array(
            await crypto.subtle.digest(
              'SHA-256',
              Buffer.from(JSON.parse(readFileSync(signerFile, 'utf8')).certificate, 'base64url'),
            ),
          ).subarray(0, 8),
        ),
      );
      await third.close();

      // Started without the demo: its bundles (and so its DCC signer) and the signer's key go.
      const plain = await start(false);
      expect(plain.demoRemoved).toMatchObject({ bundles: 2 });
      expect(existsSync(signerFile)).toBe(false);
      expect((await fetch(`${plain.url}/api/bundle`)).status).toBe(404);
      await plain.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
