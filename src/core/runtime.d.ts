// The few web-platform globals the core may use. The core is compiled without the DOM
// and without Node's types, so anything else (document, window, fs, Buffer) is a type error.
// Both browsers and Node 20 provide these.

interface CoreCryptoKey {
  readonly algorithm: { name: string; modulusLength?: number; namedCurve?: string };
}

interface CoreSubtleCrypto {
  importKey(
    format: 'raw' | 'spki',
    keyData: Uint8Array,
    algorithm: { name: string; namedCurve?: string; hash?: string },
    extractable: boolean,
    keyUsages: string[],
  ): Promise<CoreCryptoKey>;
  verify(
    algorithm: { name: string; hash?: string; saltLength?: number },
    key: CoreCryptoKey,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
}

declare var crypto: {
  readonly subtle?: CoreSubtleCrypto;
  getRandomValues<T extends Uint8Array>(array: T): T;
};

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
