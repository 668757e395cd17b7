/**
 * A whole Beacon server as a separate OS process, exactly as production runs it (`main.ts`: config,
 * migrations, schema, HTTP, graphql-ws, scheduler), run from source with the same TypeScript loader as
 * `pnpm dev`, on a port of its own. For tests of several instances behind one load balancer: they share a
 * database and a Redis, and one can be killed (SIGKILL) as a crash would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface BeaconProcess {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly child: ChildProcess;
  /** Its log lines so far (JSON), for a failing test's message. */
  readonly log: string[];
  /** SIGKILL, as a crash or an OOM kill would: no shutdown at all. Resolves once it has exited. */
  kill(): Promise<void>;
  /** SIGTERM, and waits for its clean exit. */
  stop(): Promise<void>;
}

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

/**
 * Starts Beacon with `env` (over a production-like base: no demo data, no dashboard, a free port) and
 * resolves once it says it is serving; rejects with its output if it exits first.
 */
export async function startBeaconProcess(env: Record<string, string>): Promise<BeaconProcess> {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      BEACON_SEED_ON_EMPTY: 'false',
      BEACON_COOKIE_SECURE: 'false',
      BEACON_DASHBOARD_DIR: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  let pending = '';
  const port = await new Promise<number>((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`Beacon exited (${code}) before serving:\n${log.join('\n')}`));
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        log.push(line);
        if (!line.includes('Beacon is serving')) continue;
        child.off('exit', onExit);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    log,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
