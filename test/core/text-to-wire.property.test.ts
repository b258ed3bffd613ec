// Property (issue 13, item 1): whatever string reaches the kiosk — scanned and verified, or
// typed into the manual check-in — the text it keeps is well-formed (no lone surrogate), cut
// by code point, and makes an entry that the wire check, and so the server, accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createNobleVerifier,
  DEFAULT_POLICY,
  displayText,
  maskId,
  maskName,
  verifyCode,
} from '../../src/core';
import { hasLoneSurrogate, MAX_DISPLAY_CHARS } from '../../src/core/text';
import { entryFromResult, manualEntry } from '../../src/kiosk/entry-from-result';
import { checkWireEntry } from '../../src/sync/wire';
import { toWireEntry } from '../../src/sync/wire-entry';
import { fixtureWorld } from '../support/world';

const world = fixtureWorld();
const verifier = createNobleVerifier();
const codePoints = (s: string) => Array.from(s).length;

/** Any UTF-16 unit, lone surrogates included, and the characters that broke things before. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('😀', '\ud83d', '\ude00', '\ufeff', '\u202e', ' ', '\r', 'Ữ', 'A'),
  },
);
const anyText = (maxLength: number) => fc.string({ unit, maxLength });
const fieldText = (maxLength: number) => anyText(maxLength).map((s) => s.replace(/\|/g, '')); // a field never holds the separator
const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

/** Texts that reach the identity helpers: ID cards, legacy 1405 codes, and anything at all. */
const scannedText = fc.oneof(
  fc
    .tuple(
      digits(12),
      fieldText(12),
      fieldText(60),
      digits(8),
      fc.array(fieldText(20), { maxLength: 10 }),
    )
    .map(([id, cmnd, name, birth, rest]) => [id, cmnd, name, birth, ...rest].join('|')),
  fc
    .tuple(
      fieldText(24),
      fieldText(90),
      fieldText(12),
      fc.constantFrom('0', '1'),
      fieldText(40),
      fieldText(40),
    )
    .map((f) => f.join('|')),
  fc
    .constantFrom(...world.samples.map((s) => s.text))
    .chain((code) =>
      fc
        .tuple(fc.nat(code.length), anyText(6))
        .map(([at, s]) => code.slice(0, at) + s + code.slice(at)),
    ),
  anyText(200),
);

function expectWellFormed(...texts: string[]) {
  for (const t of texts) expect(hasLoneSurrogate(t), JSON.stringify(t)).toBe(false);
}

describe('hostile text through to the wire', () => {
  it('a scanned text yields a well-formed holder and an entry the wire accepts', async () => {
    await fc.assert(
      fc.asyncProperty(scannedText, async (text) => {
        const result = await verifyCode(text, {
          bundle: world.bundle,
          policy: DEFAULT_POLICY,
          now: world.now,
          verifier,
        });
        if (result.holder) {
          expectWellFormed(result.holder.name, result.holder.maskedId);
          expect(codePoints(result.holder.name)).toBeLessThanOrEqual(MAX_DISPLAY_CHARS);
          expect(codePoints(result.holder.maskedId)).toBeLessThanOrEqual(20);
        }
        const entry = entryFromResult(result, {
          at: world.now,
          direction: 'in',
          source: 'camera',
          bundleSeq: 1,
        });
        expect(checkWireEntry(toWireEntry(entry))).toMatchObject({ ok: true });
      }),
      { numRuns: 3000 },
    );
  });

  it('a manual check-in of any name and ID makes an entry the wire accepts', () => {
    fc.assert(
      fc.property(anyText(200), anyText(60), (name, idNumber) => {
        const entry = manualEntry(
          { name, idNumber },
          { at: world.now, direction: 'in', bundleSeq: null },
        );
        const id = displayText(idNumber, 20).replace(/\s/g, '');
        expectWellFormed(id, entry.maskedName, entry.maskedId);
        expect(checkWireEntry(toWireEntry(entry))).toMatchObject({ ok: true });
      }),
      { numRuns: 5000 },
    );
  });

  it('masks an ID by code point: as many as the cleaned ID, the last four kept', () => {
    fc.assert(
      fc.property(anyText(60), (raw) => {
        const cleaned = Array.from(displayText(raw, 20).replace(/\s/g, ''));
        const masked = Array.from(maskId(raw));
        expect(masked).toHaveLength(cleaned.length);
        const kept = cleaned.length <= 4 ? 0 : 4;
        expect(masked.slice(masked.length - kept)).toEqual(cleaned.slice(cleaned.length - kept));
        expect(masked.slice(0, masked.length - kept).every((c) => c === '*')).toBe(true);
        expectWellFormed(masked.join(''));
      }),
      { numRuns: 5000 },
    );
  });

  it('display text is well-formed, safe, at most max code points, and stable', () => {
    fc.assert(
      fc.property(anyText(400), fc.integer({ min: 1, max: 100 }), (raw, max) => {
        const shown = displayText(raw, max);
        expectWellFormed(shown);
        expect(codePoints(shown)).toBeLessThanOrEqual(max);
        expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(displayText(shown, max)).toBe(shown);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('code-point cuts (the A😀XYZ code of issue 13)', () => {
  it('never leaves half of an emoji', () => {
    expect(maskId('A😀XYZ')).toBe('*😀XYZ');
    expect(maskId('AB😀XYZ')).toBe('**😀XYZ');
    expect(maskId('😀😀😀😀😀')).toBe('*😀😀😀😀');
    expect(displayText('😀'.repeat(100), 5)).toBe('😀😀😀😀…');
    expect(displayText('\u0007'.repeat(319) + '😀😀', 80)).toBe('');
    expect(displayText('a\ud83d', 80)).toBe('a\ufffd');
    expect(displayText('\ude00b', 80)).toBe('\ufffdb');
    expect(maskName('Nguyễn 😀an')).toBe('N. 😀an');
    expect(maskName('😀 X')).toBe('😀. X');
  });
});
