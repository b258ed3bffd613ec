// `kiosk venue`: venues and their devices on the sync server. `create` also makes the first
// one-time enrollment code; `code` makes another (one per device to enroll).
import { parseArgs } from 'node:util';
import { DATA_OPTION, dataDirOf, printTicket, withAdmin } from '../admin-connection';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk venue create NAME [--png FILE]     a venue and its first enrollment code\n' +
  '       kiosk venue code VENUE [--png FILE]      another enrollment code (VENUE: id or name)\n' +
  '       kiosk venue list                         venues, devices and entries\n' +
  '       kiosk venue devices VENUE                the devices of a venue\n' +
  '       kiosk venue revoke DEVICE_ID             refuse a lost device from now on\n' +
  '  every form takes [--data DIR] (default .data; DATABASE_URL for PostgreSQL)';

const time = (ms: number | null) =>
  ms === null ? '—' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

export async function venueCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DATA_OPTION, png: { type: 'string' } },
  });
  const [action, arg, ...extra] = positionals;
  if (!action || extra.length > 0) fail(USAGE);
  const needsArg =
    action === 'create' || action === 'code' || action === 'devices' || action === 'revoke';
  if (needsArg === !arg) fail(USAGE);
  return withAdmin('venue', dataDirOf(values), async (ops, via) => {
    switch (action) {
      case 'create': {
        const { venue, enrollment } = await ops.createVenue(arg!);
        console.log(`venue "${venue.name}" created, id ${venue.id} (in ${via})`);
        return printTicket(enrollment, values.png);
      }
      case 'code':
        return printTicket(await ops.newEnrollmentCode(arg!), values.png);
      case 'list':
        for (const v of await ops.listVenues())
          console.log(`${v.id}  ${v.name}  devices ${v.devices}  entries ${v.entries}`);
        return;
      case 'devices':
        for (const d of await ops.listDevices(arg!)) {
          console.log(
            `${d.id}  ${d.label || '—'}  enrolled ${time(d.enrolledAt)}  last seen ${time(d.lastSeenAt)}${d.revokedAt ? '  REVOKED' : ''}`,
          );
        }
        return;
      case 'revoke':
        console.log(
          (await ops.revokeDevice(arg!))
            ? `device ${arg} revoked`
            : `device ${arg}: no such device, or revoked already`,
        );
        return;
      default:
        fail(USAGE);
    }
  });
}
