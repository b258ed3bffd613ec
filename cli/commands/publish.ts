// `kiosk bundle publish FILE`: installs a signed trust bundle on the sync server, which then
// serves it to every kiosk. Refused unless a configured root signed it and its seq is higher
// than the one published (spec §4, as the kiosks will apply it). A next root it names is
// accepted from now on, and the root it succeeds retired (docs/spec/root-rotation.md).
// `kiosk bundle status` says how many kiosks have taken the latest one, from their reports.
import { parseArgs } from 'node:util';
import { uptakeWords } from '../../server/store/bundle-uptake';
import { DATA_OPTION, dataDirOf, withAdmin } from '../admin-connection';
import { readText } from '../files';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk bundle publish FILE [--data DIR]   (FILE as written by kiosk bundle --out)';
const STATUS_USAGE = 'usage: kiosk bundle status [--data DIR]';

export async function bundlePublishCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: DATA_OPTION,
  });
  if (positionals.length !== 1) fail(USAGE);
  const text = readText(positionals[0]!, 'bundle');
  return withAdmin('bundle publish', dataDirOf(values), async (ops, via) => {
    const published = await ops.publishBundle(text);
    console.log(`bundle seq ${published.seq} published (in ${via})`);
    if (published.nextRoot)
      console.log(`next root ${published.nextRoot}: kiosks pin it when they take this bundle`);
    if (published.retiredRoot)
      console.log(`root ${published.retiredRoot} retired: its bundles are refused from now on`);
    console.log(
      `taken so far by ${uptakeWords(published)}; kiosks fetch it at their next sync (see 'kiosk bundle status')`,
    );
  });
}

export async function bundleStatusCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: DATA_OPTION,
  });
  if (positionals.length) fail(STATUS_USAGE);
  return withAdmin('bundle status', dataDirOf(values), async (ops) => {
    const uptake = await ops.bundleUptake();
    console.log(
      uptake
        ? `bundle seq ${uptake.seq}: taken by ${uptakeWords(uptake)}`
        : 'no bundle is published',
    );
  });
}
