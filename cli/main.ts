// The `kiosk` command: everything an issuer, a venue or a tester needs around the kiosk.
import { backupCommand, restoreCommand } from './commands/backup';
import { bundleCommand } from './commands/bundle';
import { issueCommand } from './commands/issue';
import { keygenCommand } from './commands/keygen';
import { migrateCommand } from './commands/migrate';
import { bundlePublishCommand } from './commands/publish';
import { rootCommand } from './commands/root';
import { startCommand } from './commands/start';
import { userCommand } from './commands/user';
import { venueCommand } from './commands/venue';
import { vectorsCommand } from './commands/vectors';
import { verifyCommand } from './commands/verify';
import { withSubcommands } from './subcommands';
import { UsageError } from './usage-error';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, [Command, string]> = {
  vectors: [vectorsCommand, 'run a conformance vector file (shared/vectors/pqr-v1.json)'],
  verify: [verifyCommand, 'verify one QR text against a trust bundle; prints JSON'],
  keygen: [keygenCommand, 'make an Ed25519 key pair (root, issuer)'],
  bundle: [
    withSubcommands(bundleCommand, { publish: bundlePublishCommand }),
    'build and sign a trust bundle; `bundle publish FILE` installs one on the server',
  ],
  issue: [issueCommand, 'issue a signed personal QR (text, PNG or SVG)'],
  start: [startCommand, 'build the kiosk and start the sync server (npm start)'],
  venue: [venueCommand, 'venues, enrollment codes and devices on the sync server'],
  root: [rootCommand, 'root keys the sync server accepts trust bundles from'],
  migrate: [migrateCommand, 'bring the database schema up to date (a release step)'],
  backup: [backupCommand, 'back up the embedded database (PGlite) to one file'],
  restore: [restoreCommand, 'make a new data directory from a backup'],
  user: [userCommand, 'accounts for the pages: invite links, list, reset, disable'],
};

function help(): string {
  const rows = Object.entries(COMMANDS).map(([name, [, what]]) => `  ${name.padEnd(9)} ${what}`);
  return [
    'usage: kiosk COMMAND [options]',
    '',
    ...rows,
    '',
    "'kiosk COMMAND' with no options shows its usage.",
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  try {
    if (!entry) throw new UsageError(`unknown command "${name}"; try 'kiosk help'`);
    return await entry[0](rest);
  } catch (e) {
    // parseArgs reports unknown or malformed options with these codes.
    const code = (e as { code?: string }).code ?? '';
    if (e instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      console.error(`kiosk ${name}: ${(e as Error).message.split('\n')[0]}`);
      if ((e as Error).message.includes('\n'))
        console.error((e as Error).message.split('\n').slice(1).join('\n'));
      return 2;
    }
    throw e;
  }
}
