// Several server processes on one PostgreSQL: a session made by one is good at the other and
// a logout at either ends it everywhere; failed sign-ins at both count together. (PGlite is
// opened by one process at a time: PostgreSQL only.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerHandle } from '../../../server/start-server';
import { getPage, newAccount, postAs, sessionFrom, signIn } from '../support/page-client';
import type { SuiteContext } from './suite-context';

export function accountsPeerSuite(ctx: SuiteContext): void {
  describe.runIf(ctx.backend.name === 'postgres')('two server processes, one database', () => {
    let a: ServerHandle;
    let b: ServerHandle;
    let venueId = '';
    beforeAll(async () => {
      a = await ctx.backend.start();
      b = (await ctx.backend.peerOf(a))!;
      venueId = (await a.ops.createVenue('Hai máy chủ')).venue.id;
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('a session from one process works at the other, and a logout at either ends it', async () => {
      const owner = await newAccount(a.url, a.ops, { role: 'owner', venues: [venueId] });
      const atB = sessionFrom(b.url, owner.cookie);
      expect((await getPage(atB, '/admin')).status).toBe(200);
      expect((await postAs(atB, '/logout')).status).toBe(200);
      expect((await getPage(owner, '/admin')).status).toBe(303);
    });

    it('counts failed sign-ins across processes', async () => {
      const owner = await newAccount(a.url, a.ops, { role: 'owner', venues: [venueId] });
      for (let i = 0; i < 5; i++) {
        const server = i % 2 ? b : a;
        expect((await signIn(server.url, owner.login, `guess ${i} wrong`)).status).toBe(401);
      }
      expect((await signIn(b.url, owner.login, 'guess 6 wrong')).status).toBe(429);
      expect((await signIn(a.url, owner.login, 'guess 7 wrong')).status).toBe(429);
    });
  });
}
