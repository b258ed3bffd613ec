// Idempotent ingestion of one upload batch, set-based: new ids are inserted, known ids change
// nothing except a decision going from null to admit/refuse on a review, and an id another
// device owns is left alone. The answer lists the ids the server now holds for this device,
// and reports every copy whose content differs from the held entry (ENTRY_DIFFERS).
//
// Usually a batch is all new: one INSERT … ON CONFLICT DO NOTHING stores it and we are done.
// The ids it did not insert (a batch sent again, a decision made later) go through a second
// statement that sorts out what each one is.
import type { ConflictKind, UploadResponse, WireEntry } from '../../src/sync/wire';
import type { Queryable } from '../db/database';
import { guardEntries } from './entry-guard';

const COLUMNS = `id, venue_id, device_id, at, direction, source, format, verdict, decision, color,
    reasons, pass_id, pass_hash, masked_name, birth_year, masked_id, kid, bundle_seq, received_at, decided_at`;

const VALUES = `id, $2, $3, at, direction, source, format, verdict, decision, color, reasons,
    "passId", "passHash", "maskedName", "birthYear", "maskedId", kid, "bundleSeq", $4,
    CASE WHEN decision IS NULL THEN NULL ELSE $4::bigint END`;

// json (not jsonb): parsed once, in order, without building a binary document first.
const RECORDS = `json_to_recordset($1::json) AS x(
    id uuid, at bigint, direction text, source text, format text, verdict text, decision text,
    color text, reasons jsonb, "passId" text, "passHash" text, "maskedName" text,
    "birthYear" integer, "maskedId" text, kid text, "bundleSeq" bigint)`;

const INSERT_NEW_SQL = `INSERT INTO entries (${COLUMNS}) SELECT ${VALUES} FROM ${RECORDS}
  ON CONFLICT (id) DO NOTHING RETURNING id::text AS id`;

// `prior` reads the table as it was before this statement (a data-modifying CTE does not see
// its own writes), so it tells a new row from an old one; `written` lists rows this statement
// inserted or whose decision it set. A decision lands only on a review (a deny or an admit
// has nothing to decide), and `differs` compares every field the kiosk sent.
const RESOLVE_SQL = `
WITH incoming AS (SELECT * FROM ${RECORDS}),
written AS (
  INSERT INTO entries AS e (${COLUMNS}) SELECT ${VALUES} FROM incoming
  ON CONFLICT (id) DO UPDATE SET decision = EXCLUDED.decision, decided_at = EXCLUDED.received_at
    WHERE e.decision IS NULL AND EXCLUDED.decision IS NOT NULL AND e.device_id = EXCLUDED.device_id
      AND e.verdict = 'review'
  RETURNING e.id
)
SELECT i.id::text AS id,
       w.id IS NOT NULL AS written,
       p.id IS NOT NULL AS existed,
       p.device_id = $3 AS own,
       p.decision AS prior_decision,
       i.decision AS sent_decision,
       (p.at, p.direction, p.source, p.format, p.verdict, p.color, p.reasons, p.pass_id,
        p.pass_hash, p.masked_name, p.birth_year, p.masked_id, p.kid, p.bundle_seq)
         IS DISTINCT FROM
       (i.at, i.direction, i.source, i.format, i.verdict, i.color, i.reasons, i."passId",
        i."passHash", i."maskedName", i."birthYear", i."maskedId", i.kid, i."bundleSeq") AS differs
FROM incoming i
LEFT JOIN entries p ON p.id = i.id
LEFT JOIN written w ON w.id = i.id`;

type OutcomeRow = {
  id: string;
  written: boolean;
  existed: boolean;
  own: boolean | null;
  prior_decision: string | null;
  sent_decision: string | null;
  differs: boolean;
};

export async function ingestEntries(
  db: Queryable,
  device: { deviceId: string; venueId: string },
  entries: readonly WireEntry[],
  now: number,
): Promise<UploadResponse> {
  guardEntries(entries);
  const params = (list: readonly WireEntry[]) => [
    JSON.stringify(list),
    device.venueId,
    device.deviceId,
    now,
  ];
  const inserted = await db.query<{ id: string }>(INSERT_NEW_SQL, params(entries));
  const answer: UploadResponse = {
    held: inserted.map((r) => r.id),
    conflicts: [],
    inserted: inserted.length,
    updated: 0,
  };
  if (inserted.length === entries.length) return answer;
  const fresh = new Set(answer.held);
  const rest = entries.filter((e) => !fresh.has(e.id));
  const conflict = (id: string, kind: ConflictKind) => answer.conflicts.push({ id, kind });
  for (const r of await db.query<OutcomeRow>(RESOLVE_SQL, params(rest))) {
    if (!r.existed) {
      // Inserted by a concurrent request after our snapshot: not listed, so the kiosk sends
      // it again and the next answer is certain.
      if (r.written) {
        answer.held.push(r.id);
        answer.inserted++;
      }
      continue;
    }
    if (!r.own) {
      conflict(r.id, 'ID_TAKEN');
      continue;
    }
    answer.held.push(r.id);
    if (r.written) answer.updated++;
    else if (
      r.sent_decision !== null &&
      r.prior_decision !== null &&
      r.sent_decision !== r.prior_decision
    )
      conflict(r.id, 'DECISION_CONFLICT');
    if (r.differs) conflict(r.id, 'ENTRY_DIFFERS');
  }
  return answer;
}
