// The in-memory outbox the sync benchmark runs against must keep the store's rules, or the
// benchmark measures its bugs: here, an entry decided after it was synced but before
// the next read was listed twice, so the client sent a batch the server refuses.
import { describe, expect, it } from 'vitest';
import { makeEntry } from '../server/support/entries';
import { memoryKiosk } from '../../bench/support/memory-outbox';

const review = () =>
  makeEntry({ verdict: 'review', color: 'none', format: 'cccd', reasons: ['IDENTITY_ONLY'] });

describe('memory outbox', () => {
  it('lists an entry decided after it was synced once, in its place', async () => {
    const kiosk = memoryKiosk();
    const first = review();
    const second = makeEntry({ at: first.at + 1 });
    kiosk.add(first);
    kiosk.add(second);
    const taken = await kiosk.takeUnsynced(10);
    await kiosk.markSynced(
      taken.map((e) => ({ id: e.id, decision: e.decision })),
      Date.now(),
    );
    kiosk.decide(first.id, 'admit');
    const third = makeEntry({ at: first.at + 2 });
    kiosk.add(third);
    expect((await kiosk.takeUnsynced(10)).map((e) => e.id)).toEqual([first.id, third.id]);
    expect(kiosk.pending()).toBe(2);
  });
});
