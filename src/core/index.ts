// The verification core: pure TypeScript with no DOM and no Node APIs, shared by the kiosk,
// the sync server and the command-line tool.
export * from './types';
export { verifyCode, type VerifyContext } from './verify-code';
export {
  openTrustBundle,
  readBundlePayload,
  rootKeyFrom,
  type BundleOutcome,
  type BundleRefusal,
  type HealthRules,
  type Issuer,
  type NextRoot,
  type RootKey,
  type TrustBundle,
} from './trust-bundle';
export { MAX_PINNED_ROOTS, retiredByHandover, rootsAfterBundle } from './root-rotation';
export type { DccSigner } from './dcc-signers';
export {
  createVerifier,
  createNobleVerifier,
  createWebCryptoVerifier,
  webCryptoHasEd25519,
} from './ed25519';
export type { Ed25519Verifier, VerifierKind } from './ed25519';
// The sync `readCode` (every format at once) is in ./formats/read-code, not here: exporting it
// would put the DCC reader in the kiosk's first chunk. The kiosk may preload it when idle.
export { loadDccAdapter } from './formats/read-code-lazily';
export type { CodeReading, HealthFacts, IdentityFacts } from './formats/facts';
export { kidOf, passHashOf } from './digest';
export { decodeB64u, decodeB64uExact, encodeB64u } from './b64u';
export { displayText, maskId, maskName, utf8 } from './text';
export { uuidv7, UUID_V7 } from './uuid7';
export {
  formatQrTime,
  parseIsoInstant,
  parseQrTime,
  parseVnDate,
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
} from './times';
export {
  passPseudonym,
  isPassPseudonym,
  readPseudonymSecret,
  PSEUDONYM_PREFIX,
  PSEUDONYM_SECRET_BYTES,
} from './pseudonym';
