// `kiosk bundle`: builds and signs a trust bundle from issuer public keys, DCC signer
// certificates, revocations, rules and validity. Its seq is one more than the bundle it
// replaces (--prev, or --out's). --next-root names the root that succeeds --root-key
// (docs/spec/root-rotation.md): kiosks pin it on accepting this bundle.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DAY_MS, readBundlePayload, decodeB64u, type HealthRules } from '../../src/core';
import { buildTrustBundle, DEFAULT_RULES } from '../../src/issuer/trust-bundle-builder';
import { readDccSigners } from '../dcc-certificates';
import { readJson, readText, writeText } from '../files';
import { readKeyPair, readPublicKey } from '../key-files';
import { parseCountArg, parseInstantArg } from '../time-args';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk bundle --root-key ROOT.key --issuer ISSUER.pub [--issuer …] --out FILE\n' +
  '  [--dcc-signer DSC.pem|DSC.der …] [--dcc-signers-dir DIR …]\n' +
  '  [--prev FILE | --seq N] [--issued ISO] [--expires ISO | --valid-days N]\n' +
  '  [--issuer-from ISO] [--issuer-until ISO] [--revoke-kid KID …] [--revoke-pass HASH …] [--rules FILE|JSON]\n' +
  '  [--next-root NEXT.pub|b64u [--next-root-from ISO]]';

/** The seq of an existing bundle file, read without checking its signature (it is ours). */
function seqOf(path: string): number {
  const env = readJson(path, 'previous bundle') as { payload?: unknown; kid?: unknown };
  const bytes = typeof env?.payload === 'string' ? decodeB64u(env.payload) : null;
  const payload = bytes ? JSON.parse(new TextDecoder().decode(bytes)) : null;
  const bundle = readBundlePayload(payload, String(env?.kid));
  if (!bundle) fail(`${path} is not a trust bundle`);
  return bundle.seq;
}

function readRules(spec: string | undefined): HealthRules {
  if (spec === undefined) return DEFAULT_RULES;
  const text = spec.trim().startsWith('{') ? spec : readText(spec, 'rules file');
  try {
    return { ...DEFAULT_RULES, ...JSON.parse(text) };
  } catch {
    fail('--rules wants a JSON object or a file holding one');
  }
}

export async function bundleCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'root-key': { type: 'string' },
      issuer: { type: 'string', multiple: true },
      'dcc-signer': { type: 'string', multiple: true },
      'dcc-signers-dir': { type: 'string', multiple: true },
      out: { type: 'string' },
      prev: { type: 'string' },
      seq: { type: 'string' },
      issued: { type: 'string' },
      expires: { type: 'string' },
      'valid-days': { type: 'string' },
      'issuer-from': { type: 'string' },
      'issuer-until': { type: 'string' },
      'revoke-kid': { type: 'string', multiple: true },
      'revoke-pass': { type: 'string', multiple: true },
      rules: { type: 'string' },
      'next-root': { type: 'string' },
      'next-root-from': { type: 'string' },
    },
  });
  const dccSigners = readDccSigners(values['dcc-signer'] ?? [], values['dcc-signers-dir'] ?? []);
  // A bundle for DCCs only needs no Ed25519 issuer.
  if (!values['root-key'] || !values.out || (!values.issuer?.length && !dccSigners.length))
    fail(USAGE);
  const root = readKeyPair(values['root-key']);
  const issuedAt = parseInstantArg(values.issued, '--issued', Date.now());
  const validDays = parseCountArg(values['valid-days'], '--valid-days', 14);
  const expiresAt = parseInstantArg(values.expires, '--expires', issuedAt + validDays * DAY_MS);
  if (expiresAt <= issuedAt) fail('the bundle must expire after it is issued');
  const issuerFrom = parseInstantArg(values['issuer-from'], '--issuer-from', issuedAt - DAY_MS);
  const issuerUntil = parseInstantArg(
    values['issuer-until'],
    '--issuer-until',
    issuedAt + 365 * DAY_MS,
  );

  if (values['next-root-from'] !== undefined && !values['next-root'])
    fail('--next-root-from needs --next-root');
  const next = values['next-root'] ? readPublicKey(values['next-root']) : null;
  if (next && next.kid === root.kid) fail('--next-root must differ from the signing root');
  // By default the next root may sign at once: the operator chooses when by publishing.
  const nextRoot = next && {
    kid: next.kid,
    publicKey: next.publicKey,
    validFrom: parseInstantArg(values['next-root-from'], '--next-root-from', issuedAt),
  };

  const previous = values.prev ?? (existsSync(values.out) ? values.out : undefined);
  const seq =
    values.seq !== undefined
      ? parseCountArg(values.seq, '--seq', 1)
      : previous
        ? seqOf(previous) + 1
        : 1;

  const issuers = (values.issuer ?? []).map((spec) => {
    const key = readPublicKey(spec);
    return { ...key, name: key.name ?? key.kid, validFrom: issuerFrom, validUntil: issuerUntil };
  });
  const envelope = buildTrustBundle(
    {
      seq,
      issuedAt,
      expiresAt,
      issuers,
      dccSigners,
      revokedKids: values['revoke-kid'] ?? [],
      revokedPasses: values['revoke-pass'] ?? [],
      rules: readRules(values.rules),
      nextRoot,
    },
    root,
  );
  writeText(values.out, JSON.stringify(envelope) + '\n', { overwrite: true });
  console.log(
    `bundle seq ${seq}, ${issuers.length} issuer(s), ${dccSigners.length} DCC signer(s), root ${root.kid}, expires ${new Date(expiresAt).toISOString()}${nextRoot ? `, next root ${nextRoot.kid} from ${new Date(nextRoot.validFrom).toISOString()}` : ''} → ${values.out}`,
  );
  return 0;
}
