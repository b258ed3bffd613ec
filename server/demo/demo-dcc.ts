// The demo's DCC document signer (DSC): a real self-signed X.509 certificate with the DCC
// key-usage OIDs (src/issuer/dcc/signing-key.ts), kept in <dataDir>/demo/dcc-signer.json
// (mode 600) beside the demo keys, so the demo bundle lists the same signer across restarts
// and the demo's removal (demo-removal.ts, which deletes that folder) takes it away. The
// "wrong signer" sample's key is made fresh at each start: it must never be in a bundle. Loaded
// lazily by start-server.ts: X.509 and its polyfill cost every CLI command a second otherwise.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAY_MS } from '../../src/core';
import type { BundleDccSigner } from '../../src/issuer/trust-bundle-builder';
import {
  bundleEntryOf,
  createDccSigningKey,
  exportDccSigningKey,
  importDccSigningKey,
  type DccSigningKey,
} from '../../src/issuer/dcc/signing-key';

export interface DemoDcc {
  /** Listed in the demo bundle's dccSigners. */
  signer: DccSigningKey;
  /** Signs the "wrong signer" sample; in no bundle. */
  other: DccSigningKey;
  /** The signer's entry in the demo bundle's dccSigners, as `kiosk bundle --dcc-signer` writes it. */
  bundleEntry: BundleDccSigner;
}

/** A signer is replaced once it has less than this left (the demo bundle lasts two weeks). */
const MIN_LEFT_MS = 30 * DAY_MS;
/** Back far enough that the "expired" sample (issued 400 days ago) was signed in validity. */
const VALIDITY = { before: 2 * 365 * DAY_MS, after: 2 * 365 * DAY_MS };

const signerFile = (dataDir: string) => join(dataDir, 'demo', 'dcc-signer.json');

async function savedSigner(path: string, now: number): Promise<DccSigningKey | null> {
  if (!existsSync(path)) return null;
  try {
    const key = await importDccSigningKey(JSON.parse(readFileSync(path, 'utf8')));
    return key && key.validFrom <= now && now + MIN_LEFT_MS < key.validUntil ? key : null;
  } catch {
    return null; // unreadable: a new signer, and the next demo bundle lists it
  }
}

export async function loadDemoDcc(dataDir: string, now: number): Promise<DemoDcc> {
  mkdirSync(join(dataDir, 'demo'), { recursive: true });
  const path = signerFile(dataDir);
  const validity = { validFrom: now - VALIDITY.before, validUntil: now + VALIDITY.after };
  let signer = await savedSigner(path, now);
  if (!signer) {
    signer = await createDccSigningKey({ ...validity, commonName: 'Demo DSC (npm start)' });
    writeFileSync(path, JSON.stringify(await exportDccSigningKey(signer), null, 2) + '\n', {
      mode: 0o600,
    });
  }
  const other = await createDccSigningKey({
    ...validity,
    country: 'VN',
    commonName: 'Unrecognised DSC (demo)',
  });
  return { signer, other, bundleEntry: bundleEntryOf(signer) };
}
