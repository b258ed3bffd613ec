// `kiosk bundle publish FILE`: installs a signed trust bundle on the sync server, which then
// serves it to every kiosk. Refused unless a configured root signed it and its seq is higher
// than the one published (spec §4, as the kiosks will apply it).
import { parseArgs } from 'node:util';
import { DATA_OPTION, dataDirOf, withAdmin } from '../admin-connection';
import { readText } from '../files';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk bundle publish FILE [--data DIR]   (FILE as written by kiosk bundle --out)';

export async function bundlePublishCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: DATA_OPTION,
  });
  if (positionals.length !== 1) fail(USAGE);
  const text = readText(positionals[0]!, 'bundle');
  return withAdmin('bundle publish', dataDirOf(values), async (ops, via) => {
    const { seq } = await ops.publishBundle(text);
    console.log(`bundle seq ${seq} published (in ${via}); kiosks fetch it at their next sync`);
  });
}
