/**
 * A PostgreSQL cluster a test owns outright: initdb into a temporary directory, started on a free port,
 * and stopped, restarted, crashed (SIGKILL), frozen (SIGSTOP on the postmaster and every backend) and
 * thawed at will. It never touches the machine's own cluster; `destroy()` removes every trace.
 */
import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Where PostgreSQL's server binaries are (Debian's layout); override for another installation. */
export const POSTGRES_BIN = process.env.BEACON_TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface ThrowawayPostgres {
  /** A URL of the cluster's `beacon` database. */
  readonly url: string;
  readonly port: number;
  /** `pg_ctl stop -m fast`: the server refuses connections until `start()`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /**
   * SIGKILL on the postmaster and every backend, as the kernel's OOM killer or a power cut would end
   * them: nothing shuts down cleanly; `start()` then recovers from the write-ahead log.
   */
  crash(): Promise<void>;
  /** SIGSTOP on the postmaster and every backend: connections stay open and nothing answers. */
  freeze(): Promise<void>;
  thaw(): Promise<void>;
  destroy(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` system user. */
const asRoot = process.getuid?.() === 0;

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function tool(name: string, args: string[]): Promise<string> {
  const binary = path.join(POSTGRES_BIN, name);
  const { stdout } = asRoot
    ? await run('runuser', ['-u', 'postgres', '--', binary, ...args])
    : await run(binary, args);
  return stdout;
}

/**
 * Process ids of the postmaster's children (backends, checkpointer, writers). The kernel lists a
 * process's children in one file; where it does not (a kernel built without it), every process's
 * parent is read from /proc, which on a busy machine takes seconds.
 */
async function childrenOf(parent: number): Promise<number[]> {
  try {
    const listed = await readFile(`/proc/${parent}/task/${parent}/children`, 'utf8');
    return listed.split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // Fall through to the scan.
  }
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (in parentheses, which may itself contain spaces).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === parent) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** Whether any of `pids` is still running (a zombie, ended but not yet reaped, holds nothing). */
async function anyAlive(pids: readonly number[]): Promise<boolean> {
  for (const pid of pids) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z') return true;
    } catch {
      // Gone.
    }
  }
  return false;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const base = await mkdtemp(path.join(tmpdir(), 'beacon-pg-'));
  if (asRoot) {
    const { uid, gid } = await postgresUserIds();
    await chown(base, uid, gid);
  }
  const data = path.join(base, 'data');
  const port = await freePort();
  await tool('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const options = [
    `-p ${port}`,
    `-k ${base}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=50',
    '-c shared_buffers=16MB',
  ].join(' ');
  const start = () =>
    tool('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(base, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      options,
      'start',
    ]);
  await start();
  const postmasterPid = async () =>
    Number((await readFile(path.join(data, 'postmaster.pid'), 'utf8')).split('\n')[0]);

  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await admin.connect();
  try {
    await admin.query('CREATE DATABASE beacon');
  } finally {
    await admin.end();
  }

  let frozen: number[] = [];
  const signal = (pids: number[], name: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, name);
      } catch {
        // Gone already.
      }
    }
  };

  const cluster: ThrowawayPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/beacon`,
    port,
    stop: async () => {
      await tool('pg_ctl', ['-D', data, '-w', '-t', '60', '-m', 'fast', 'stop']);
    },
    start: async () => {
      await start();
    },
    crash: async () => {
      const postmaster = await postmasterPid();
      // Stopped first, so it forks no new backend while its children are listed; the children are
      // listed before it dies, as they are then no longer its children.
      signal([postmaster], 'SIGSTOP');
      const all = [postmaster, ...(await childrenOf(postmaster))];
      signal(all, 'SIGKILL');
      // A backend still holding the shared memory would make the next start refuse.
      while (await anyAlive(all)) await new Promise((resolve) => setTimeout(resolve, 20));
      // The dead postmaster may stay a zombie until whatever adopted it reaps it (some init processes
      // never do); PostgreSQL would take its lock files for a running server's. They are removed, as an
      // operator would after a crash once no process of the server is left.
      await rm(path.join(data, 'postmaster.pid'), { force: true });
      await rm(path.join(base, `.s.PGSQL.${port}.lock`), { force: true });
    },
    freeze: async () => {
      const postmaster = await postmasterPid();
      // The postmaster first, so it forks no new backend while its children are being stopped.
      signal([postmaster], 'SIGSTOP');
      frozen = [postmaster, ...(await childrenOf(postmaster))];
      signal(frozen.slice(1), 'SIGSTOP');
    },
    thaw: async () => {
      signal(frozen, 'SIGCONT');
      frozen = [];
    },
    destroy: async () => {
      await cluster.thaw();
      await tool('pg_ctl', ['-D', data, '-w', '-t', '60', '-m', 'immediate', 'stop']).catch(() => undefined);
      await rm(base, { recursive: true, force: true });
    },
  };
  return cluster;
}
