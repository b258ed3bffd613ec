// Ingestion: malformed batches refused with a reason; everything else stored once by id,
// with the decision the only field that may change, once.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core';
import { toWireEntry } from '../../../src/sync/wire-entry';
import type { WireEntry } from '../../../src/sync/wire';
import { rangeTotals } from '../../../server/store/entries-report';
import { makeEntries, makeEntry } from '../support/entries';
import { sendSigned, upload } from '../support/signed-client';
import { entryCount, eventsOf, venueWithDevice, type SuiteContext } from './suite-context';

const good = () => toWireEntry(makeEntry());

/** [what is wrong, the batch, a phrase the 400's reason must contain] */
const MALFORMED: [string, unknown, string][] = [
  ['no entries', { entries: [] }, 'entries: empty'],
  ['not a list', { entries: 'x' }, 'entries: missing'],
  [
    'a missing field',
    { entries: [(({ verdict: _v, ...rest }) => rest)(good())] },
    'verdict: missing',
  ],
  [
    'an unknown field',
    { entries: [{ ...good(), fullName: 'NGUYEN LE KHA HAN' }] },
    'unknown field "fullName"',
  ],
  ['a bad verdict', { entries: [{ ...good(), verdict: 'maybe' }] }, 'verdict: not one of'],
  [
    'a decision on an admit',
    { entries: [{ ...good(), decision: 'admit' }] },
    'decision: a decision is only made on a review',
  ],
  [
    'a UUIDv4 id',
    { entries: [{ ...good(), id: crypto.randomUUID() }] },
    'id: not a lower-case UUIDv7',
  ],
  ['a fractional time', { entries: [{ ...good(), at: 1.5 }] }, 'at: not an epoch millisecond'],
  ['a control character', { entries: [{ ...good(), maskedName: 'N.\u202eHAN' }] }, 'maskedName'],
  // A lone surrogate (a masked ID cut inside an emoji) has no UTF-8 form: PostgreSQL would
  // refuse the whole batch with a 500, for ever. It is a malformed entry, named by its id.
  ['a lone surrogate', { entries: [{ ...good(), maskedId: '***\ude00XYZ' }] }, 'maskedId'],
  // (A lone surrogate in a raw pass id is taken: the server stores only its pseudonym;
  // hostile-entries-suite.ts.)
  [
    'a lone surrogate in the name',
    { entries: [{ ...good(), maskedName: 'N. \ud83d' }] },
    'maskedName',
  ],
  ['too many reasons', { entries: [{ ...good(), reasons: Array(17).fill('X_Y') }] }, 'reasons'],
  ['501 entries', { entries: Array.from({ length: 501 }, good) }, 'more than 500'],
];

export function ingestSuite(ctx: SuiteContext): void {
  describe('ingestion', () => {
    it.each(MALFORMED)('refuses %s with 400 and a reason', async (_what, payload, phrase) => {
      const device = await venueWithDevice(ctx);
      const res = await sendSigned(device, payload);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('ENTRY_MALFORMED');
      expect(res.body.reason).toContain(phrase);
      expect(await entryCount(ctx, 'device_id = $1', [device.deviceId])).toBe(0);
    });

    it('names the entry at fault, and refuses a batch repeating an id', async () => {
      const device = await venueWithDevice(ctx);
      const entries = [good(), { ...good(), color: 'purple' } as unknown as WireEntry, good()];
      const res = await upload(device, entries);
      expect(res.body).toMatchObject({ error: 'ENTRY_MALFORMED', id: entries[1]!.id });
      expect(res.body.reason).toMatch(/^entries\[1\]\.color/);
      const poison = [good(), { ...good(), maskedName: 'A. \ud83d' }];
      const refused = await upload(device, poison);
      expect(refused).toMatchObject({
        status: 400,
        body: { error: 'ENTRY_MALFORMED', id: poison[1]!.id },
      });
      const twice = await upload(device, [entries[0]!, entries[0]!]);
      expect(twice.body.reason).toContain('repeated in the batch');
      expect(eventsOf(ctx, 'ENTRY_MALFORMED').length).toBeGreaterThan(0);
    });

    it('refuses a body that is not JSON', async () => {
      const device = await venueWithDevice(ctx);
      const res = await sendSigned(device, new TextEncoder().encode('{"entries": ['));
      expect(res).toMatchObject({ status: 400, body: { error: 'BODY_MALFORMED' } });
    });

    it('stores a batch once however often it comes, and answers with every id it holds', async () => {
      const device = await venueWithDevice(ctx);
      const entries = makeEntries(300).map(toWireEntry);
      const first = await upload(device, entries);
      expect(first.body).toMatchObject({ inserted: 300, updated: 0, conflicts: [] });
      expect(new Set(first.body.held)).toEqual(new Set(entries.map((e) => e.id)));
      const again = await Promise.all([1, 2, 3, 4].map(() => upload(device, entries)));
      for (const r of again) expect(r.body).toMatchObject({ inserted: 0, updated: 0 });
      for (const r of again) expect(r.body.held).toHaveLength(300);
      expect(await entryCount(ctx, 'device_id = $1', [device.deviceId])).toBe(300);
    });

    it('applies a later decision once, keeps the first one, and never counts twice', async () => {
      const device = await venueWithDevice(ctx);
      const review = toWireEntry(
        makeEntry({
          verdict: 'review',
          color: 'none',
          format: 'pqr-unsigned',
          reasons: ['IDENTITY_ONLY'],
        }),
      );
      expect((await upload(device, [review])).body).toMatchObject({ inserted: 1, updated: 0 });
      const decided = { ...review, decision: 'admit' as const };
      expect((await upload(device, [decided])).body).toMatchObject({
        inserted: 0,
        updated: 1,
        held: [review.id],
      });
      expect((await upload(device, [decided])).body).toMatchObject({
        inserted: 0,
        updated: 0,
        conflicts: [],
      });
      // A stale copy without the decision changes nothing.
      expect((await upload(device, [review])).body).toMatchObject({
        updated: 0,
        held: [review.id],
      });
      const flipped = await upload(device, [{ ...review, decision: 'refuse' }]);
      expect(flipped.body).toMatchObject({
        updated: 0,
        held: [review.id],
        conflicts: [{ id: review.id, kind: 'DECISION_CONFLICT' }],
      });
      const [row] = await ctx
        .server()
        .db.query<{ decision: string }>('SELECT decision FROM entries WHERE id = $1', [review.id]);
      expect(row!.decision).toBe('admit');
      const totals = await rangeTotals(ctx.server().db, device.venueId, 0, Date.now() + 1);
      expect(totals).toMatchObject({ entries: 1, review: 1, admitted: 1, in: 1, undecided: 0 });
    });

    it('stores a review closed without a decision as `none`, final like any decision', async () => {
      const device = await venueWithDevice(ctx);
      const review = toWireEntry(
        makeEntry({ verdict: 'review', color: 'none', format: 'cccd', reasons: ['IDENTITY_ONLY'] }),
      );
      const undecided = { ...review, decision: 'none' as const };
      expect((await upload(device, [review])).body).toMatchObject({ inserted: 1 });
      expect((await upload(device, [undecided])).body).toMatchObject({ updated: 1, conflicts: [] });
      // A later admit on the same entry is a conflict: "no decision" was the decision.
      const late = await upload(device, [{ ...review, decision: 'admit' }]);
      expect(late.body).toMatchObject({
        updated: 0,
        conflicts: [{ id: review.id, kind: 'DECISION_CONFLICT' }],
      });
      const fresh = {
        ...toWireEntry(makeEntry({ verdict: 'review', color: 'none' })),
        decision: 'none' as const,
      };
      expect((await upload(device, [fresh])).body).toMatchObject({ inserted: 1, conflicts: [] });
      const rows = await ctx
        .server()
        .db.query<{ id: string; decision: string; decided_at: number | null }>(
          'SELECT id::text AS id, decision, decided_at FROM entries WHERE id = ANY($1::uuid[]) ORDER BY id',
          [[review.id, fresh.id].sort()],
        );
      expect(rows.map((r) => r.decision)).toEqual(['none', 'none']);
      expect(rows.every((r) => r.decided_at !== null)).toBe(true);
      // Not waiting for anyone: it is not counted as undecided, nor as admitted.
      const totals = await rangeTotals(ctx.server().db, device.venueId, 0, Date.now() + 1);
      expect(totals).toMatchObject({ review: 2, admitted: 0, undecided: 0 });
    });

    it('puts a decision on a review only, never on a deny or an admit', async () => {
      const device = await venueWithDevice(ctx);
      const deny = toWireEntry(
        makeEntry({ verdict: 'deny', color: 'red', reasons: ['SIG_INVALID'] }),
      );
      const admit = good();
      await upload(device, [deny, admit]);
      // A copy claiming a review with a decision, under the ids of a deny and an admit.
      const res = await upload(device, [
        { ...deny, verdict: 'review', color: 'none', decision: 'admit' },
        { ...admit, verdict: 'review', color: 'none', decision: 'admit' },
      ]);
      expect(res.body).toMatchObject({ inserted: 0, updated: 0 });
      const rows = await ctx
        .server()
        .db.query<{ decision: string | null; decided_at: number | null }>(
          'SELECT decision, decided_at FROM entries WHERE id = ANY($1::uuid[])',
          [[deny.id, admit.id]],
        );
      expect(rows).toEqual([
        { decision: null, decided_at: null },
        { decision: null, decided_at: null },
      ]);
    });

    it('reports every changed copy, whichever field changed', async () => {
      const device = await venueWithDevice(ctx);
      const changes: Partial<WireEntry>[] = [
        { maskedName: 'X. Y. Z' },
        { reasons: ['IDENTITY_ONLY'] },
        { source: 'paste' },
        { birthYear: 1950 },
        { kid: 'AAAAAAAAAAA' },
        { bundleSeq: 99 },
        { passId: 'qid:1' },
        { maskedId: '********0000' },
      ];
      const originals = changes.map(() => good());
      await upload(device, originals);
      const copies = originals.map((e, i) => ({ ...e, ...changes[i] }) as WireEntry);
      const res = await upload(device, copies);
      expect(res.body.held).toHaveLength(changes.length);
      expect(new Set(res.body.conflicts.map((c: { id: string }) => c.id))).toEqual(
        new Set(originals.map((e) => e.id)),
      );
      for (const c of res.body.conflicts) expect(c.kind).toBe('ENTRY_DIFFERS');
    });

    it('keeps an entry immutable: other content under a held id is reported, not applied', async () => {
      const device = await venueWithDevice(ctx);
      const entry = good();
      await upload(device, [entry]);
      const changed = await upload(device, [{ ...entry, verdict: 'deny', color: 'red' }]);
      expect(changed.body).toMatchObject({
        held: [entry.id],
        conflicts: [{ id: entry.id, kind: 'ENTRY_DIFFERS' }],
      });
      const [row] = await ctx
        .server()
        .db.query<{ verdict: string }>('SELECT verdict FROM entries WHERE id = $1', [entry.id]);
      expect(row!.verdict).toBe('admit');
    });

    it('never lets a device touch an id another device uploaded', async () => {
      const a = await venueWithDevice(ctx);
      const b = await venueWithDevice(ctx);
      const review = toWireEntry(
        makeEntry({ verdict: 'review', color: 'none', reasons: ['IDENTITY_ONLY'] }),
      );
      await upload(a, [review]);
      const g = good();
      const fresh = { ...g, id: uuidv7(g.at) };
      const res = await upload(b, [{ ...review, decision: 'refuse' }, fresh]);
      expect(res.body).toMatchObject({
        held: [fresh.id],
        inserted: 1,
        conflicts: [{ id: review.id, kind: 'ID_TAKEN' }],
      });
      const [row] = await ctx
        .server()
        .db.query<{ decision: string | null; device_id: string }>(
          'SELECT decision, device_id FROM entries WHERE id = $1',
          [review.id],
        );
      expect(row).toEqual({ decision: null, device_id: a.deviceId });
    });
  });
}
