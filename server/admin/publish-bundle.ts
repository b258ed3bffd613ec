// Publishing a trust bundle (spec §4, as the kiosks will apply it: a bundle they would refuse
// is never served) with root rotation (docs/spec/root-rotation.md) applied to the roots this
// server accepts, as kiosks apply it to theirs: the next root a bundle names is added (so
// kiosks enrolled from now on pin it too, and its bundles can be published), and the first
// bundle signed by that next root retires the root that named it.
import {
  decodeB64u,
  encodeB64u,
  openTrustBundle,
  readBundlePayload,
  retiredByHandover,
  rootKeyFrom,
  type Ed25519Verifier,
  type RootKey,
  type TrustBundle,
} from '../../src/core';
import type { Database } from '../db/database';
import { bundleUptake, type BundleUptake } from '../store/bundle-uptake';
import {
  addTrustRoot,
  insertBundle,
  latestBundle,
  listTrustRoots,
  removeTrustRoot,
  type PublishedBundle,
} from '../store/trust-store';
import { AdminError } from './admin-error';

export interface PublishResult extends BundleUptake {
  /** The kid of the next root the bundle names, now accepted here too; null if none. */
  nextRoot: string | null;
  /** The root this bundle's signer succeeded, no longer accepted; null if none. */
  retiredRoot: string | null;
}

const REFUSAL_STATUS: Record<string, number> = { BUNDLE_ROLLBACK: 409 };

/** The published bundle, read (its envelope was checked when it was published). */
function readPublished(latest: PublishedBundle | null): TrustBundle | null {
  if (!latest) return null;
  try {
    const env = JSON.parse(latest.envelope) as { payload: string };
    const payload = JSON.parse(new TextDecoder().decode(decodeB64u(env.payload)!));
    return readBundlePayload(payload, latest.rootKid);
  } catch {
    return null;
  }
}

export async function publishBundle(
  db: Database,
  verifier: Ed25519Verifier,
  envelopeText: string,
  now: number,
): Promise<PublishResult> {
  const roots = (await listTrustRoots(db))
    .map((r) => rootKeyFrom(r.publicKey))
    .filter((r): r is RootKey => r !== null);
  if (roots.length === 0)
    throw new AdminError(
      'NO_ROOTS',
      "no trust root is configured: add one with 'kiosk root add ROOT.pub'",
      409,
    );
  const latest = await latestBundle(db);
  const published = readPublished(latest);
  const outcome = await openTrustBundle(
    envelopeText,
    roots,
    latest?.seq ?? null,
    verifier,
    published?.nextRoot ?? null,
  );
  if (outcome.outcome === 'refused')
    throw new AdminError(
      outcome.code,
      `bundle refused: ${outcome.code}`,
      REFUSAL_STATUS[outcome.code] ?? 400,
    );
  if (outcome.outcome === 'same')
    throw new AdminError('BUNDLE_NOT_NEWER', `seq ${outcome.bundle.seq} is already published`, 409);
  const { seq, rootKid, nextRoot } = outcome.bundle;
  const retiredRoot = retiredByHandover(published, outcome.bundle);
  const envelope = JSON.stringify(JSON.parse(envelopeText));
  await db.transaction(async (tx) => {
    if (!(await insertBundle(tx, { seq, envelope, rootKid, publishedAt: now })))
      throw new AdminError(
        'BUNDLE_NOT_NEWER',
        `a bundle with seq ≥ ${seq} was published meanwhile`,
        409,
      );
    if (nextRoot) {
      const label = `next root after ${rootKid}`;
      await addTrustRoot(
        tx,
        { kid: nextRoot.kid, publicKey: encodeB64u(nextRoot.publicKey), label },
        now,
      );
    }
    if (retiredRoot) await removeTrustRoot(tx, retiredRoot);
  });
  return { ...(await bundleUptake(db, seq)), nextRoot: nextRoot?.kid ?? null, retiredRoot };
}
