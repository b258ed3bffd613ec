// `kiosk venue`: venues and their devices on the sync server. `create` also makes the first
// one-time enrollment code; `code` makes another (one per device to enroll). `retention`,
// `hook` and `erase` are the operator's privacy and door settings (see docs/privacy.md).
import { parseArgs } from 'node:util';
import { DATA_OPTION, dataDirOf, printTicket, withAdmin } from '../admin-connection';
import { parseCountArg } from '../time-args';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk venue create NAME [--png FILE]     a venue and its first enrollment code\n' +
  '       kiosk venue code VENUE [--png FILE]      another enrollment code (VENUE: id or name)\n' +
  '       kiosk venue list                         venues, devices and retention\n' +
  '       kiosk venue devices VENUE                the devices of a venue\n' +
  '       kiosk venue revoke DEVICE_ID             refuse a lost device from now on\n' +
  '       kiosk venue retention VENUE DAYS         keep its entries DAYS days (up to the maximum)\n' +
  '       kiosk venue max-retention DAYS           the longest retention any venue may have\n' +
  '       kiosk venue hook VENUE URL|--remove      POST to URL on every admit (HMAC-signed)\n' +
  '       kiosk venue erase VENUE --yes            erase the venue: entries, devices, secret\n' +
  '  every form takes [--data DIR] (default .data; DATABASE_URL for PostgreSQL)';

const time = (ms: number | null) =>
  ms === null ? '—' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

export async function venueCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      png: { type: 'string' },
      remove: { type: 'boolean' },
      yes: { type: 'boolean' },
    },
  });
  const [action, arg, second, ...extra] = positionals;
  if (!action || extra.length > 0) fail(USAGE);
  const twoArgs = action === 'retention' || (action === 'hook' && !values.remove);
  if (twoArgs !== Boolean(second)) fail(USAGE);
  const needsArg = action !== 'list';
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
          console.log(`${v.id}  ${v.name}  devices ${v.devices}  keeps ${v.retentionDays} days`);
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
      case 'retention': {
        const { days } = await ops.setRetention(arg!, parseCountArg(second, 'DAYS', 30));
        console.log(`venue ${arg}: entries kept ${days} days`);
        return;
      }
      case 'max-retention': {
        const { days } = await ops.setMaxRetention(parseCountArg(arg, 'DAYS', 30));
        console.log(`no venue keeps entries longer than ${days} days`);
        return;
      }
      case 'hook':
        if (values.remove) {
          console.log(
            (await ops.removeDoorHook(arg!)) ? 'door hook removed' : 'no door hook was set',
          );
          return;
        }
        {
          const hook = await ops.setDoorHook(arg!, second!);
          console.log(`door hook: POST ${hook.url} on every admit`);
          console.log(`signing secret (give it to the receiver; shown once): ${hook.secret}`);
        }
        return;
      case 'erase': {
        if (!values.yes) fail('kiosk venue erase VENUE --yes: erasing a venue cannot be undone');
        const { entries } = await ops.eraseVenue(arg!);
        console.log(`venue ${arg} erased (${entries} entries, its devices and its secret)`);
        return;
      }
      default:
        fail(USAGE);
    }
  });
}
