// Builds an earlier release of the kiosk, from its own commit, into a committed fixture folder
// (test/fixtures/releases/<version>/), so that the upgrade and rollback drills can serve the
// old build and today's on one origin without building the old one in every test run.
//
//   npx tsx tools/build-release-fixture.ts 407afc2        # 0.1.0, the release before this one
//
// The build has no source maps (nothing loads them) and a RELEASE.json saying what it is.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { checkOut, REPO } from './old-worktree.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  );
}

async function main(): Promise<void> {
  const commit = process.argv[2];
  if (!commit) throw new Error('usage: tsx tools/build-release-fixture.ts COMMIT');
  const tree = checkOut(commit);
  try {
    const { version } = JSON.parse(readFileSync(join(tree.dir, 'package.json'), 'utf8')) as {
      version: string;
    };
    const out = join(tree.dir, 'dist-release');
    await build({
      root: tree.dir,
      configFile: join(tree.dir, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: out, emptyOutDir: true, sourcemap: false },
    });
    const target = join(REPO, 'test/fixtures/releases', version);
    rmSync(target, { recursive: true, force: true });
    cpSync(out, target, { recursive: true });
    const files = filesUnder(target).map((f) => relative(target, f).split('\\').join('/'));
    const bytes = filesUnder(target).reduce((sum, f) => sum + statSync(f).size, 0);
    const release = { version, commit: tree.commit, builtBy: 'tools/build-release-fixture.ts' };
    writeFileSync(join(target, 'RELEASE.json'), `${JSON.stringify(release, null, 2)}\n`);
    console.log(`${version} (${tree.commit.slice(0, 7)}): ${files.length} files, ${bytes} bytes`);
    console.log(`  → ${relative(REPO, target)}`);
  } finally {
    tree.remove();
  }
}

await main();
