// `kiosk dcc signer` makes a demo DCC document signer (key and self-signed DSC with the DCC
// key-usage OIDs); `kiosk dcc issue` issues a signed HC1 code with it, as text and as an
// image. For demos and tests: real DCCs come from a country's health authority.
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { DAY_MS, encodeB64u, type CertificateType } from '../../src/core';
import { issueDcc, type DccEntryFields } from '../../src/issuer/dcc/issue-dcc';
import {
  createDccSigningKey,
  exportDccSigningKey,
  importDccSigningKey,
  type DccAlg,
} from '../../src/issuer/dcc/signing-key';
import { readJson, writeText } from '../files';
import { parseCountArg, parseInstantArg } from '../time-args';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk dcc signer --out NAME [--alg ES256|PS256] [--country VN] [--name CN]\n' +
  '         [--usage v,t,r|none] [--from ISO] [--until ISO] [--force]\n' +
  '       kiosk dcc issue --signer NAME.dsc.json --family NAME [--given NAME] --dob YYYY-MM-DD\n' +
  '         (--vaccine DOSE,OF,YYYY-MM-DD[,PRODUCT] | --test N|P,ISO,PCR|RAT | --recovered FR,DF,DU)\n' +
  '         [--iat ISO] [--exp ISO | --valid-days N] [--country CC] [--png FILE] [--svg FILE]';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readUsage(spec: string | undefined): CertificateType[] | null | undefined {
  if (spec === undefined) return undefined;
  if (spec === 'none') return null;
  const usage = spec.split(',');
  if (!usage.every((u) => u === 'v' || u === 't' || u === 'r'))
    fail(`--usage wants a list of v, t, r (or none), not "${spec}"`);
  return [...new Set(usage as CertificateType[])];
}

async function signerCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      alg: { type: 'string', default: 'ES256' },
      country: { type: 'string', default: 'VN' },
      name: { type: 'string' },
      usage: { type: 'string' },
      from: { type: 'string' },
      until: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  if (!values.out) fail(USAGE);
  if (values.alg !== 'ES256' && values.alg !== 'PS256') fail('--alg is ES256 or PS256');
  if (!/^[A-Z]{2}$/.test(values.country)) fail('--country wants a two-letter code like VN');
  const validFrom = parseInstantArg(values.from, '--from', Date.now() - DAY_MS);
  const validUntil = parseInstantArg(values.until, '--until', validFrom + 2 * 365 * DAY_MS);
  if (validUntil <= validFrom) fail('--until must come after --from');
  const usage = readUsage(values.usage);
  const key = await createDccSigningKey({
    alg: values.alg as DccAlg,
    country: values.country,
    validFrom,
    validUntil,
    ...(values.name ? { commonName: values.name } : {}),
    ...(usage !== undefined ? { usage } : {}),
  });
  const file = await exportDccSigningKey(key);
  const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(key.certificate)
    .toString('base64')
    .replace(/.{64}/g, '$&\n')
    .replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
  const overwrite = values.force;
  writeText(`${values.out}.dsc.json`, JSON.stringify(file, null, 2) + '\n', {
    secret: true,
    overwrite,
  });
  writeText(`${values.out}.crt`, pem, { overwrite });
  console.log(
    `DCC signer ${values.alg}, kid ${encodeB64u(key.kid)}, ` +
      `${values.out}.dsc.json (private, for kiosk dcc issue) and ${values.out}.crt (for kiosk bundle --dcc-signer)`,
  );
  return 0;
}

function entryOf(values: { vaccine?: string; test?: string; recovered?: string }): DccEntryFields {
  const given = [values.vaccine, values.test, values.recovered].filter((v) => v !== undefined);
  if (given.length !== 1) fail('give exactly one of --vaccine, --test, --recovered');
  if (values.vaccine !== undefined) {
    const [dose, of, date, product] = values.vaccine.split(',');
    if (!/^\d+$/.test(dose ?? '') || !/^\d+$/.test(of ?? '') || !DATE.test(date ?? ''))
      fail('--vaccine wants DOSE,OF,YYYY-MM-DD[,PRODUCT]');
    return { type: 'v', dose: +dose!, of: +of!, date: date!, ...(product ? { product } : {}) };
  }
  if (values.test !== undefined) {
    const [result, at, test] = values.test.split(',');
    if ((result !== 'N' && result !== 'P') || (test !== 'PCR' && test !== 'RAT'))
      fail('--test wants N|P,ISO,PCR|RAT');
    return {
      type: 't',
      result: result === 'N' ? 'negative' : 'positive',
      test,
      sampledAt: parseInstantArg(at, '--test', 0),
    };
  }
  const [fr, df, du] = values.recovered!.split(',');
  if (![fr, df, du].every((d) => DATE.test(d ?? '')))
    fail('--recovered wants FIRST-POSITIVE,VALID-FROM,VALID-UNTIL as YYYY-MM-DD');
  return { type: 'r', firstPositive: fr!, validFrom: df!, validUntil: du! };
}

async function issueCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      signer: { type: 'string' },
      family: { type: 'string' },
      given: { type: 'string' },
      dob: { type: 'string' },
      vaccine: { type: 'string' },
      test: { type: 'string' },
      recovered: { type: 'string' },
      iat: { type: 'string' },
      exp: { type: 'string' },
      'valid-days': { type: 'string' },
      country: { type: 'string' },
      png: { type: 'string' },
      svg: { type: 'string' },
    },
  });
  if (!values.signer || !values.family || !values.dob) fail(USAGE);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.dob)) fail('--dob wants YYYY-MM-DD');
  const key = await importDccSigningKey(readJson(values.signer, 'DCC signer file'));
  if (!key) fail(`${values.signer} is not a signer file made by 'kiosk dcc signer'`);
  const issuedAt = parseInstantArg(values.iat, '--iat', Date.now());
  const validDays = parseCountArg(values['valid-days'], '--valid-days', 365);
  const expiresAt = parseInstantArg(values.exp, '--exp', issuedAt + validDays * DAY_MS);
  const text = await issueDcc(
    {
      holder: {
        familyName: values.family,
        ...(values.given ? { givenName: values.given } : {}),
        dob: values.dob,
      },
      entries: [entryOf(values)],
      issuedAt,
      expiresAt,
      ...(values.country ? { country: values.country } : {}),
    },
    key,
  );
  console.log(text);
  // EU guidance: quartile error correction; the HC1 alphabet fits the QR alphanumeric mode.
  const image = { errorCorrectionLevel: 'Q' as const, margin: 4 };
  try {
    if (values.png) await QRCode.toFile(values.png, text, { ...image, type: 'png', width: 800 });
    if (values.svg) await QRCode.toFile(values.svg, text, { ...image, type: 'svg' });
  } catch (e) {
    fail(`cannot write the QR image: ${(e as Error).message}`);
  }
  return 0;
}

export async function dccCommand(argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  if (action === 'signer') return signerCommand(rest);
  if (action === 'issue') return issueCommand(rest);
  fail(USAGE);
}
