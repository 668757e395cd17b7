/**
 * A Redis server a test owns outright (`redis-server` on a free port, nothing saved to disk), so a test can
 * kill it mid-run and start it again on the same port without touching the machine's shared Redis.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Where `redis-server` is (Debian's package); override for another installation. */
export const REDIS_SERVER_BIN = process.env.BEACON_TEST_REDIS_SERVER ?? 'redis-server';

export interface ThrowawayRedis {
  readonly url: string;
  readonly port: number;
  /** SIGKILL: gone at once, as a crashed Redis is; resolves once the process has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: nothing was saved); resolves once it accepts connections. */
  start(): Promise<void>;
  /** Kills it for good. */
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

/** Starts redis-server on `port`; resolves once it says it accepts connections, rejects if it exits first. */
function launch(port: number): Promise<ChildProcess> {
  const child = spawn(
    REDIS_SERVER_BIN,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let said = '';
    const onExit = (code: number | null) =>
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${said}`));
    child.once('exit', onExit);
    child.once('error', reject);
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Ready to accept connections')) {
        child.off('exit', onExit);
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        resolve(child);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
    });
  });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
  const port = await freePort();
  let child: ChildProcess | null = await launch(port);
  const kill = async () => {
    const running = child;
    child = null;
    if (!running) return;
    running.kill('SIGKILL');
    await exited(running);
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    async start() {
      if (!child) child = await launch(port);
    },
    destroy: kill,
  };
}
