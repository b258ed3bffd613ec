// Reads a bundle envelope we just built ourselves, without the async signature check.
import { decodeB64u, readBundlePayload, type TrustBundle } from '../../src/core';
import type { KeyPair } from '../../src/issuer/keys';
import type { BundleEnvelope } from '../../src/issuer/trust-bundle-builder';

export function openTrustBundleSync(envelope: BundleEnvelope, root: KeyPair): TrustBundle {
  const payload = JSON.parse(new TextDecoder().decode(decodeB64u(envelope.payload)!));
  const bundle = readBundlePayload(payload, root.kid);
  if (!bundle) throw new Error('fixture bundle does not read');
  return bundle;
}
