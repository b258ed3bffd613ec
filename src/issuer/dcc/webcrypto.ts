// The WebCrypto calls the DCC issuer makes (key generation, signing, key export). The issuer
// runs in Node (CLI, server demo) and in tests; its code is also compiled without DOM or Node
// types, so the few calls are typed here and keys are opaque handles.

/** A WebCrypto key, never looked into by our code. */
export type IssuerKey = { readonly __webCryptoKey: unique symbol };

type Algorithm = { name: string; [param: string]: unknown };

interface IssuerSubtle {
  generateKey(
    algorithm: Algorithm,
    extractable: boolean,
    usages: string[],
  ): Promise<{ publicKey: IssuerKey; privateKey: IssuerKey }>;
  importKey(
    format: 'pkcs8' | 'spki',
    data: Uint8Array,
    algorithm: Algorithm,
    extractable: boolean,
    usages: string[],
  ): Promise<IssuerKey>;
  exportKey(format: 'pkcs8' | 'spki', key: IssuerKey): Promise<ArrayBuffer>;
  sign(algorithm: Algorithm, key: IssuerKey, data: Uint8Array): Promise<ArrayBuffer>;
}

export function issuerSubtle(): IssuerSubtle {
  const subtle = (globalThis as unknown as { crypto?: { subtle?: IssuerSubtle } }).crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto is needed to issue DCCs');
  return subtle;
}
