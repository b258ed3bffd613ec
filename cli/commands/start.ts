// `kiosk start` (npm start): builds the kiosk and serves it. The sync server replaces the
// plain static preview once it exists.
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { parseCountArg } from '../time-args';

export async function startCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' } } });
  const port = parseCountArg(values.port ?? process.env.PORT, '--port', 8080);
  await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' } });
  server.printUrls();
  await new Promise(() => {}); // serve until stopped
  return 0;
}
