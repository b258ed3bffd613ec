// PGlite on a directory, with commits that reach the disk.
//
// PGlite 0.5 starts PostgreSQL with `-F` (fsync off), and its Node file system (Emscripten's
// NODEFS) has no fsync at all: fsync() from PostgreSQL ends in a no-op and fdatasync() is a
// no-op in the Emscripten runtime. So out of the box an acknowledged commit may sit in the
// page cache only, and a power cut loses it.
//
// Here we (1) give NODEFS an fsync that calls the real fsync(2) on the file's descriptor, and
// (2) start PostgreSQL with fsync on and `wal_sync_method=fsync`, so that every commit flushes
// the WAL through that fsync before PostgreSQL reports it, and checkpoints flush data files
// and directories the same way. test/server/durability.test.ts watches the system calls (strace)
// to prove that a commit calls fsync before it is acknowledged.
import { fsyncSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type NodeFsModule = {
  NODEFS: {
    stream_ops: Record<string, unknown>;
    tryFSOperation<T>(f: () => T): T;
  };
};

type Stream = { nfd?: number };

export class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const base = await super.init(pg, opts);
    const patchFsync = (mod: unknown) => {
      const { NODEFS } = mod as NodeFsModule;
      NODEFS.stream_ops.fsync = (stream: Stream) => {
        if (typeof stream.nfd === 'number') {
          const fd = stream.nfd;
          NODEFS.tryFSOperation(() => fsyncSync(fd));
        }
        return 0;
      };
    };
    return {
      emscriptenOpts: {
        ...base.emscriptenOpts,
        preRun: [patchFsync, ...(base.emscriptenOpts.preRun ?? [])],
      },
    };
  }
}

/** PGlite's own start parameters, with fsync on and the WAL flushed by fsync(2). */
export function durableStartParams(): string[] {
  return [
    ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
    '-c',
    'fsync=on',
    '-c',
    'wal_sync_method=fsync',
    '-c',
    'synchronous_commit=on',
    '-c',
    'full_page_writes=on',
  ];
}
