// Password hashes: scrypt from node:crypto with OWASP's parameters by default, the parameters
// stored with each hash (so that raising them later keeps old hashes working), constant-time
// comparison, and a length-only password rule.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCRYPT,
  hashPassword,
  needsRehash,
  passwordProblem,
  verifyPassword,
} from '../../../server/accounts/passwords';

describe('passwords', () => {
  it('hashes with the default parameters, salted, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(needsRehash(a)).toBe(false);
  }, 30_000);

  it('verifies a hash made with other parameters, and says it needs re-hashing', async () => {
    const weak = await hashPassword('an older password', { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword('an older password', weak)).toBe(true);
    expect(needsRehash(weak, DEFAULT_SCRYPT)).toBe(true);
  });

  it('never verifies a malformed or absurd stored hash', async () => {
    for (const stored of [
      '',
      'plain',
      'scrypt$1$8$1$c2FsdA$aGFzaA',
      'scrypt$99999999$8$1$AAAA$AAAA',
      'bcrypt$x',
    ])
      expect(await verifyPassword('x', stored)).toBe(false);
  });

  it('asks for 10 characters (counted as characters, not UTF-16 units), not the login', () => {
    expect(passwordProblem('short', 'owner')).toBe('short');
    expect(passwordProblem('mật khẩu dài', 'owner')).toBeNull();
    expect(passwordProblem('😀😀😀😀😀', 'owner')).toBe('short');
    expect(passwordProblem('Chu.Quan.1', 'chu.quan.1')).toBe('login');
    expect(passwordProblem('x'.repeat(201), 'owner')).toBe('long');
  });
});
