// `kiosk verify --bundle FILE --root KEY [--now ISO] [--policy JSON] TEXT`: one result as JSON.
import { parseArgs } from 'node:util';
import {
  createVerifier,
  DEFAULT_POLICY,
  openTrustBundle,
  verifyCode,
  type VenuePolicy,
} from '../../src/core';
import { readJson, readText } from '../files';
import { readPublicKey } from '../key-files';
import { parseInstantArg } from '../time-args';
import { fail } from '../usage-error';

const VERDICTS = ['admit', 'review', 'deny'];
const COLORS = ['green', 'yellow', 'red'];

export function parsePolicy(text: string | undefined): VenuePolicy {
  if (text === undefined) return DEFAULT_POLICY;
  let json: Partial<VenuePolicy>;
  try {
    json = JSON.parse(text);
  } catch {
    fail(
      '--policy wants JSON like {"admitColors":["green"],"unsigned":"review","staleBundle":"review"}',
    );
  }
  const policy = { ...DEFAULT_POLICY, ...json };
  const ok =
    Array.isArray(policy.admitColors) &&
    policy.admitColors.every((c) => COLORS.includes(c)) &&
    VERDICTS.includes(policy.unsigned) &&
    VERDICTS.includes(policy.staleBundle);
  if (!ok)
    fail('--policy: admitColors from green/yellow/red; unsigned and staleBundle admit/review/deny');
  return policy;
}

export async function verifyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      bundle: { type: 'string' },
      root: { type: 'string', multiple: true },
      now: { type: 'string' },
      policy: { type: 'string' },
      crypto: { type: 'string', default: 'auto' },
    },
  });
  if (!values.bundle || !values.root?.length || positionals.length !== 1) {
    fail(
      'usage: kiosk verify --bundle FILE --root KEY [--now ISO] [--policy JSON] TEXT (TEXT - reads stdin)',
    );
  }
  if (!['auto', 'webcrypto', 'noble'].includes(values.crypto!))
    fail(`unknown --crypto ${values.crypto}`);
  const text =
    positionals[0] === '-'
      ? readText('/dev/stdin', 'standard input').replace(/\r?\n$/, '')
      : positionals[0]!;
  const roots = values.root.map(readPublicKey);
  const now = parseInstantArg(values.now, '--now', Date.now());
  const policy = parsePolicy(values.policy);
  const verifier = await createVerifier(values.crypto as 'auto');

  const opened = await openTrustBundle(
    readJson(values.bundle, 'trust bundle'),
    roots,
    null,
    verifier,
  );
  if (opened.outcome === 'refused')
    console.error(`warning: trust bundle refused (${opened.code}); verifying without it`);
  const bundle = opened.outcome === 'refused' ? null : opened.bundle;
  const result = await verifyCode(text, { bundle, policy, now, verifier });
  console.log(JSON.stringify(result, null, 2));
  return 0;
}
