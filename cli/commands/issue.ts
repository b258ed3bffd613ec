// `kiosk issue`: a signed personal QR from person fields and health elements, printed as
// text and optionally written as a PNG or SVG image to hold up to a kiosk.
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { issueSignedCode, toSignedName, type PersonFields } from '../../src/issuer/personal-code';
import { readKeyPair } from '../key-files';
import { parseInstantArg } from '../time-args';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk issue --key ISSUER.key --id NUMBER --name NAME --birth YYYY-MM-DD --qid QID\n' +
  '  [--proxy] [--proxy-qid QID] [--gender 0|1|2] [--bhyt N] [--phone N]\n' +
  '  [--iat ISO] [--exp ISO] [--vaccine dose,of,YYYYMMDD,PRODUCT] [--test N|P,YYYYMMDDTHHMMZ,PCR|RAT]\n' +
  '  [--recovered YYYYMMDD] [--tag TAG=VALUE …] [--png FILE] [--svg FILE]';

function extraTags(specs: string[] | undefined): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const spec of specs ?? []) {
    const eq = spec.indexOf('=');
    if (eq < 1) fail(`--tag wants TAG=VALUE, not "${spec}"`);
    tags[spec.slice(0, eq)] = spec.slice(eq + 1);
  }
  return tags;
}

export async function issueCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      key: { type: 'string' },
      id: { type: 'string' },
      name: { type: 'string' },
      birth: { type: 'string' },
      qid: { type: 'string' },
      proxy: { type: 'boolean', default: false },
      'proxy-qid': { type: 'string' },
      gender: { type: 'string' },
      bhyt: { type: 'string' },
      phone: { type: 'string' },
      iat: { type: 'string' },
      exp: { type: 'string' },
      vaccine: { type: 'string' },
      test: { type: 'string' },
      recovered: { type: 'string' },
      tag: { type: 'string', multiple: true },
      png: { type: 'string' },
      svg: { type: 'string' },
    },
  });
  if (!values.key || !values.id || !values.name || !values.birth || !values.qid) fail(USAGE);
  const key = readKeyPair(values.key);
  const person: PersonFields = {
    documentNumber: values.id,
    name: toSignedName(values.name),
    birthDate: values.birth,
    declaredBy: values.proxy ? '1' : '0',
    qid: values.qid,
    proxyQid: values['proxy-qid'] ?? '',
    gender: (values.gender ?? '') as PersonFields['gender'],
    insuranceNumber: values.bhyt ?? '',
    phone: values.phone ?? '',
  };
  const issuedAt = parseInstantArg(values.iat, '--iat', Date.now());
  let text: string;
  try {
    text = issueSignedCode(
      person,
      {
        issuedAt,
        ...(values.exp !== undefined ? { expiresAt: parseInstantArg(values.exp, '--exp', 0) } : {}),
        ...(values.vaccine ? { vaccination: values.vaccine } : {}),
        ...(values.test ? { test: values.test } : {}),
        ...(values.recovered ? { recovered: values.recovered } : {}),
        extra: extraTags(values.tag),
      },
      key,
    );
  } catch (e) {
    fail((e as Error).message);
  }
  console.log(text);
  const image = { errorCorrectionLevel: 'M' as const, margin: 4 };
  try {
    if (values.png) await QRCode.toFile(values.png, text, { ...image, type: 'png', width: 600 });
    if (values.svg) await QRCode.toFile(values.svg, text, { ...image, type: 'svg' });
  } catch (e) {
    fail(`cannot write the QR image: ${(e as Error).message}`);
  }
  return 0;
}
