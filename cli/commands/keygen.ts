// `kiosk keygen --out NAME [--name LABEL] [--print-private]`: an Ed25519 key pair in NAME.key / NAME.pub.
import { parseArgs } from 'node:util';
import { encodeB64u } from '../../src/core';
import { generateKeyPair } from '../../src/issuer/keys';
import { writeKeyFiles } from '../key-files';
import { fail } from '../usage-error';

export async function keygenCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      name: { type: 'string' },
      force: { type: 'boolean', default: false },
      'print-private': { type: 'boolean', default: false },
    },
  });
  if (!values.out)
    fail('usage: kiosk keygen --out NAME [--name LABEL] [--force] [--print-private]');
  const pair = generateKeyPair();
  writeKeyFiles(values.out, pair, values.name, values.force!);
  console.log(`kid        ${pair.kid}`);
  console.log(`publicKey  ${encodeB64u(pair.publicKey)}`);
  console.log(`written    ${values.out}.key (private, mode 600) and ${values.out}.pub`);
  if (values['print-private']) console.log(`secretKey  ${encodeB64u(pair.secretKey)}`);
  return 0;
}
