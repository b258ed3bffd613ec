// A throwaway PostgreSQL cluster from Debian's binaries (/usr/lib/postgresql/*/bin) in a temp
// directory, on a free loopback port, for the server tests and the benchmark. PostgreSQL
// refuses to run as root, so as root it runs as the `postgres` user through runuser/setpriv.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export function postgresBinDir(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter(
      (v) =>
        existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_ctl')),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** How to run a PostgreSQL binary: directly, or as `postgres` when we are root. */
function runner(): (bin: string, args: string[]) => void {
  const root = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(
        `${cmd} ${args.join(' ')} failed: ${r.error?.message ?? ''}${r.stderr}${r.stdout}`,
      );
  };
  if (!root) return run;
  const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  if (has('runuser')) return (bin, args) => run('runuser', ['-u', 'postgres', '--', bin, ...args]);
  if (has('setpriv'))
    return (bin, args) =>
      run('setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', bin, ...args]);
  throw new Error(
    'running as root, and neither runuser nor setpriv is available to drop to the postgres user',
  );
}

export interface TempPostgres {
  port: number;
  /** A connection string to a new, empty database. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** `durable: false` turns fsync off (tests); the benchmark keeps PostgreSQL's defaults. */
export async function startTempPostgres(opts: { durable?: boolean } = {}): Promise<TempPostgres> {
  const bin = postgresBinDir();
  if (!bin)
    throw new Error(
      'PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql)',
    );
  const run = runner();
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
  ];
  if (!opts.durable)
    settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    settings.join(' '),
    '-l',
    join(dir, 'server.log'),
    '-w',
    'start',
  ]);
  const url = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A test run or benchmark that dies early must not leave a cluster behind.
  process.once('exit', stopNow);
  return {
    port,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop() {
      process.removeListener('exit', stopNow);
      stopNow();
    },
  };
}
