// Seeded generators of hostile QR texts for property tests: random unicode and mutations of
// real codes (bit flips, truncation, extra separators, huge fields).

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: () => number, n: number) => Math.floor(r() * n);

const SPICE = [
  '|',
  '<',
  '=',
  ',',
  'SIG=',
  '<SIG=',
  'IAT=',
  '\u202e',
  '\u0000',
  '<script>',
  '==',
  'Ữ',
  '💉',
  '\ud800',
  ' ',
];

export function randomUnicode(r: () => number, maxLen: number): string {
  const len = int(r, maxLen + 1);
  let s = '';
  for (let i = 0; i < len; i++) {
    const roll = r();
    if (roll < 0.5) s += String.fromCharCode(32 + int(r, 95));
    else if (roll < 0.7) s += pick(r, SPICE);
    else if (roll < 0.9) s += String.fromCharCode(int(r, 0x10000));
    else s += String.fromCodePoint(int(r, 0x110000 - 0x800) + (r() < 0.5 ? 0 : 0x800));
  }
  return s;
}

function flipBit(r: () => number, s: string): string {
  const bytes = new TextEncoder().encode(s);
  if (bytes.length === 0) return s;
  bytes[int(r, bytes.length)]! ^= 1 << int(r, 8);
  return new TextDecoder().decode(bytes);
}

export function mutate(r: () => number, s: string): string {
  const at = int(r, s.length + 1);
  switch (int(r, 9)) {
    case 0:
      return flipBit(r, s);
    case 1:
      return s.slice(0, at);
    case 2:
      return s.slice(0, at) + pick(r, SPICE) + s.slice(at);
    case 3:
      return s.slice(0, at) + s.slice(at + 1 + int(r, 8));
    case 4:
      return s.slice(0, at) + 'A'.repeat(100_000) + s.slice(at);
    case 5:
      return s.slice(0, at) + randomUnicode(r, 20) + s.slice(at);
    case 6:
      return s.split('|').reverse().join('|');
    case 7:
      return s + s.slice(at);
    default:
      return s.replace(/[A-Z]/, (c) => String.fromCharCode(c.charCodeAt(0) ^ 32));
  }
}
