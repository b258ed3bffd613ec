// The `kiosk` command: everything an issuer, a venue or a tester needs around the kiosk.
import { withSubcommands } from './subcommands';
import { UsageError } from './usage-error';

type Command = (argv: string[]) => Promise<number>;

// Each command's module is loaded when it runs: `kiosk keygen` need not load the sync server,
// nor `kiosk start` the X.509 library of `kiosk dcc`.
const vectorsCommand: Command = async (argv) =>
  (await import('./commands/vectors')).vectorsCommand(argv);
const verifyCommand: Command = async (argv) =>
  (await import('./commands/verify')).verifyCommand(argv);
const keygenCommand: Command = async (argv) =>
  (await import('./commands/keygen')).keygenCommand(argv);
const bundleCommand: Command = async (argv) =>
  (await import('./commands/bundle')).bundleCommand(argv);
const bundlePublishCommand: Command = async (argv) =>
  (await import('./commands/publish')).bundlePublishCommand(argv);
const bundleStatusCommand: Command = async (argv) =>
  (await import('./commands/publish')).bundleStatusCommand(argv);
const issueCommand: Command = async (argv) => (await import('./commands/issue')).issueCommand(argv);
const dccCommand: Command = async (argv) => (await import('./commands/dcc')).dccCommand(argv);
const startCommand: Command = async (argv) => (await import('./commands/start')).startCommand(argv);
const venueCommand: Command = async (argv) => (await import('./commands/venue')).venueCommand(argv);
const rootCommand: Command = async (argv) => (await import('./commands/root')).rootCommand(argv);
const migrateCommand: Command = async (argv) =>
  (await import('./commands/migrate')).migrateCommand(argv);
const backupCommand: Command = async (argv) =>
  (await import('./commands/backup')).backupCommand(argv);
const restoreCommand: Command = async (argv) =>
  (await import('./commands/backup')).restoreCommand(argv);
const userCommand: Command = async (argv) => (await import('./commands/user')).userCommand(argv);

const COMMANDS: Record<string, [Command, string]> = {
  vectors: [vectorsCommand, 'run a conformance vector file (pqr-v1.json, dcc-v1.json)'],
  verify: [verifyCommand, 'verify one QR text against a trust bundle; prints JSON'],
  keygen: [keygenCommand, 'make an Ed25519 key pair (root, issuer)'],
  bundle: [
    withSubcommands(bundleCommand, { publish: bundlePublishCommand, status: bundleStatusCommand }),
    'build and sign a trust bundle; `bundle publish FILE` installs one on the server, `bundle status` says how many kiosks took it',
  ],
  issue: [issueCommand, 'issue a signed personal QR (text, PNG or SVG)'],
  dcc: [dccCommand, 'a demo EU DCC signer (`dcc signer`) and signed HC1 codes (`dcc issue`)'],
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
