// `kiosk user`: the accounts people sign in to the pages with. The operator invites by a
// one-time link (valid for minutes), lists, resets (a link that sets a new password) and
// disables accounts. Through the running server's admin API, or the database when none runs.
import { parseArgs } from 'node:util';
import { DATA_OPTION, dataDirOf, withAdmin } from '../admin-connection';
import { parseCountArg } from '../time-args';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk user invite --role owner|authority|operator [--venue VENUE …] [--login NAME] [--minutes N]\n' +
  '       kiosk user list                    every account, its role and venues\n' +
  '       kiosk user reset LOGIN [--minutes N]  a one-time link that sets a new password\n' +
  '       kiosk user disable LOGIN           the account can no longer sign in; its sessions end\n' +
  '  every form takes [--data DIR] (default .data; DATABASE_URL for PostgreSQL)';

const time = (ms: number | null) =>
  ms === null ? '—' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

export async function userCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      role: { type: 'string' },
      venue: { type: 'string', multiple: true },
      login: { type: 'string' },
      minutes: { type: 'string' },
    },
  });
  const [action, arg, ...extra] = positionals;
  if (!action || extra.length > 0) fail(USAGE);
  if ((action === 'reset' || action === 'disable') !== Boolean(arg)) fail(USAGE);
  const minutes = values.minutes ? parseCountArg(values.minutes, '--minutes', 30) : undefined;
  return withAdmin('user', dataDirOf(values), async (ops) => {
    switch (action) {
      case 'invite': {
        if (!values.role || arg) fail(USAGE);
        const invite = await ops.inviteUser({
          role: values.role,
          venues: values.venue ?? [],
          ...(values.login ? { login: values.login } : {}),
          ...(minutes !== undefined ? { minutes } : {}),
        });
        console.log(`invite for a new ${invite.role}${invite.login ? ` "${invite.login}"` : ''}:`);
        console.log(`  ${invite.link}`);
        console.log(`works once, until ${time(invite.expiresAt)} UTC; send it privately`);
        return;
      }
      case 'reset': {
        const invite = await ops.resetUser(arg!, minutes);
        console.log(`password reset link for "${invite.login}":`);
        console.log(`  ${invite.link}`);
        console.log(`works once, until ${time(invite.expiresAt)} UTC`);
        return;
      }
      case 'list':
        for (const u of await ops.listUsers())
          console.log(
            `${u.login}  ${u.role}  venues ${u.venueIds.join(',') || '—'}  created ${time(u.createdAt)}${u.disabledAt ? '  DISABLED' : ''}`,
          );
        return;
      case 'disable':
        console.log(
          (await ops.disableUser(arg!))
            ? `user ${arg} disabled; every session of it ended`
            : `user ${arg} was disabled already`,
        );
        return;
      default:
        fail(USAGE);
    }
  });
}
