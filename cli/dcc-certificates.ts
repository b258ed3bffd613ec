// DCC document signer certificates (DSCs) read as X.509 by node:crypto, for `kiosk bundle
// --dcc-signer CERT` and `--dcc-signers-dir DIR`: each becomes a dccSigners entry of
// eu-dcc.md §4 (kid, country, SPKI, validity, usage from the extended key usage).
import { createHash, X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { encodeB64u, type CertificateType } from '../src/core';
import type { BundleDccSigner } from '../src/issuer/trust-bundle-builder';
import { fail } from './usage-error';

/** EKU OID → certificate type; both spellings of the arc are in use (eu-dcc.md §4). */
const USAGE_BY_OID = new Map<string, CertificateType>();
for (const arc of ['1.3.6.1.4.1.1847.2021.1', '1.3.6.1.4.1.0.1847.2021.1']) {
  USAGE_BY_OID.set(`${arc}.1`, 't');
  USAGE_BY_OID.set(`${arc}.2`, 'v');
  USAGE_BY_OID.set(`${arc}.3`, 'r');
}
const CERT_FILE = /\.(pem|crt|cer|der)$/i;
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** The certificates in one file: DER, or PEM with one or more blocks. */
function certificatesIn(path: string): Buffer[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fail(`cannot read certificate ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  const text = bytes.toString('latin1');
  if (!text.includes('-----BEGIN')) return [bytes];
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) fail(`${path} holds no PEM CERTIFICATE block`);
  return blocks.map((b) => Buffer.from(b.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64'));
}

function usageOf(cert: X509Certificate): CertificateType[] | null {
  // node:crypto names the extended key usage OIDs `keyUsage`.
  const usage = new Set((cert.keyUsage ?? []).flatMap((oid) => USAGE_BY_OID.get(oid) ?? []));
  // A DSC with none of the DCC OIDs may sign all three (absent usage).
  return usage.size === 0 ? null : (['v', 't', 'r'] as const).filter((t) => usage.has(t));
}

function checkKey(cert: X509Certificate, path: string): void {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  const ok =
    (key.asymmetricKeyType === 'ec' && details.namedCurve === 'prime256v1') ||
    ((key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') &&
      (details.modulusLength ?? 0) >= 2048 &&
      (details.modulusLength ?? 0) <= 4096);
  if (!ok)
    fail(
      `${path}: a DCC signer needs a P-256 EC key or an RSA key of 2048–4096 bits (eu-dcc.md §4)`,
    );
}

function countryOf(cert: X509Certificate): string {
  const c = /(?:^|\n)C=([^\n]*)/.exec(cert.subject);
  return c ? c[1]!.trim() : '';
}

export function dccSignerFromDer(der: Buffer, path: string): BundleDccSigner {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    fail(`${path} is not an X.509 certificate (DER or PEM)`);
  }
  checkKey(cert, path);
  const validFrom = Date.parse(cert.validFrom);
  const validUntil = Date.parse(cert.validTo);
  if (!Number.isFinite(validFrom) || !Number.isFinite(validUntil) || validFrom >= validUntil)
    fail(`${path}: unreadable validity ${cert.validFrom} – ${cert.validTo}`);
  return {
    kid: encodeB64u(createHash('sha256').update(cert.raw).digest().subarray(0, 8)),
    country: countryOf(cert),
    spki: new Uint8Array(cert.publicKey.export({ type: 'spki', format: 'der' })),
    validFrom,
    validUntil,
    usage: usageOf(cert),
  };
}

/** Every DSC named on the command line: files, and every certificate file in folders. */
export function readDccSigners(files: string[], dirs: string[]): BundleDccSigner[] {
  const paths = [...files];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      fail(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? e}`);
    }
    const certs = names
      .map((n) => join(dir, n))
      .filter((p) => CERT_FILE.test(p) && statSync(p).isFile());
    if (certs.length === 0) fail(`${dir} holds no certificate (.pem, .crt, .cer, .der)`);
    paths.push(...certs);
  }
  return paths.flatMap((path) => certificatesIn(path).map((der) => dccSignerFromDer(der, path)));
}
