import { describe, expect, it } from 'vitest';
import { WedgeBuffer } from '../../src/scan/wedge-buffer';

const type = (b: WedgeBuffer, text: string, start: number, gap: number) => {
  let t = start;
  for (const c of text) b.key(c, (t += gap));
  return t;
};

describe('keyboard wedge', () => {
  it('takes a fast burst ending in Enter as one scan', () => {
    const b = new WedgeBuffer();
    const end = type(b, '001093029317|NGUYEN', 1000, 8);
    expect(b.enter(end + 8)).toBe('001093029317|NGUYEN');
  });
  it('ignores a person typing slowly', () => {
    const b = new WedgeBuffer();
    const end = type(b, 'hello world', 0, 150);
    expect(b.enter(end + 150)).toBeNull();
  });
  it('ignores short bursts and a stray Enter', () => {
    const b = new WedgeBuffer();
    expect(b.enter(5)).toBeNull();
    const end = type(b, 'abc', 0, 5);
    expect(b.enter(end + 5)).toBeNull();
  });
  it('starts over after a pause, keeping only the burst', () => {
    const b = new WedgeBuffer();
    type(b, 'xx', 0, 5);
    const end = type(b, 'ABCDEFGH', 1000, 5);
    expect(b.enter(end + 5)).toBe('ABCDEFGH');
  });
});

describe('keyboard wedge on a busy device', () => {
  it('keeps a scanner burst whole across a delayed key', () => {
    const b = new WedgeBuffer();
    let t = type(b, '001093029317|', 0, 5);
    t = type(b, 'NGUYEN VAN AN|1990', t + 200, 5); // one key event held up 200 ms
    expect(b.enter(t + 5)).toBe('001093029317|NGUYEN VAN AN|1990');
  });
  it('still refuses a person typing at a steady human pace', () => {
    const b = new WedgeBuffer();
    const end = type(b, 'abcdefghijk', 0, 120);
    expect(b.enter(end + 120)).toBeNull();
  });
});
