// The server-side commands (venue, root, bundle publish) share how they find the server:
// --data (default .data, or KIOSK_DATA_DIR) and DATABASE_URL, through the running server's
// admin API when there is one. A refused operation prints its code and reason, exit code 1.
import QRCode from 'qrcode';
import { AdminError } from '../server/admin/admin-error';
import type { AdminOps, EnrollmentTicket } from '../server/admin/admin-ops';
import { connectAdmin } from '../server/admin/connect-admin';
import { DataDirBusy } from '../server/data-dir/data-dir-lock';
import { DataDirUnsafe } from '../server/data-dir/data-dir-modes';
import { SchemaBehind } from '../server/db/open-database';

export const DATA_OPTION = { data: { type: 'string' } } as const;

export function dataDirOf(values: { data?: string | undefined }): string {
  return values.data ?? process.env.KIOSK_DATA_DIR ?? '.data';
}

/** A refusal about the data directory or the database that deserves one line, not a stack. */
export function refusalOf(e: unknown): string | null {
  return e instanceof DataDirBusy || e instanceof DataDirUnsafe || e instanceof SchemaBehind
    ? e.message
    : null;
}

export async function withAdmin(
  command: string,
  dataDir: string,
  fn: (ops: AdminOps, via: string) => Promise<void>,
): Promise<number> {
  let connection;
  try {
    connection = await connectAdmin({ dataDir, databaseUrl: process.env.DATABASE_URL || null });
  } catch (e) {
    const refusal = e instanceof AdminError ? `${e.code}: ${e.message}` : refusalOf(e);
    if (!refusal) throw e;
    console.error(`kiosk ${command}: ${refusal}`);
    return 1;
  }
  try {
    await fn(connection.ops, connection.via);
    return 0;
  } catch (e) {
    if (!(e instanceof AdminError)) throw e;
    console.error(`kiosk ${command}: ${e.code}: ${e.message}`);
    return 1;
  } finally {
    await connection.close();
  }
}

/** The code, its QR in the terminal, and optionally a PNG of the same QR. */
export async function printTicket(ticket: EnrollmentTicket, png?: string): Promise<void> {
  const until = new Date(ticket.expiresAt).toISOString().replace(/\.\d+Z$/, 'Z');
  console.log(
    `enrollment code ${ticket.code} for "${ticket.venueName}" (one device, valid until ${until})`,
  );
  console.log(`QR text: ${ticket.text}`);
  console.log(await QRCode.toString(ticket.text, { type: 'terminal', small: true }));
  if (png) {
    await QRCode.toFile(png, ticket.text, { errorCorrectionLevel: 'M', margin: 2, width: 480 });
    console.log(`QR image: ${png}`);
  }
}
