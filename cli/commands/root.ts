// `kiosk root`: the root keys the sync server accepts trust bundles from. Enrolling kiosks pin
// these same keys, so add the root before enrolling devices.
import { parseArgs } from 'node:util';
import { encodeB64u } from '../../src/core';
import { DATA_OPTION, dataDirOf, withAdmin } from '../admin-connection';
import { readPublicKey } from '../key-files';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk root add KEY [--label TEXT] [--data DIR]   (KEY: ROOT.pub, or b64u)\n       kiosk root list [--data DIR]';

export async function rootCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DATA_OPTION, label: { type: 'string' } },
  });
  const [action, key, ...extra] = positionals;
  if (extra.length || !(action === 'list' ? !key : action === 'add' && key)) fail(USAGE);
  const root = key ? readPublicKey(key) : null;
  return withAdmin('root', dataDirOf(values), async (ops, via) => {
    if (root) {
      const { kid, added } = await ops.addRoot(
        encodeB64u(root.publicKey),
        values.label ?? root.name ?? '',
      );
      console.log(added ? `root ${kid} added (in ${via})` : `root ${kid} was configured already`);
      return;
    }
    for (const r of await ops.listRoots()) console.log(`${r.kid}  ${r.publicKey}  ${r.label}`);
  });
}
