/**
 * Child processes the harness starts: Beacon servers, baselines. Each is started directly with `node`
 * (never behind a package manager), pinned to one CPU where the machine allows, sampled for memory, and
 * always stopped: on normal completion, on error and on Ctrl-C, so a run leaves no process behind.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';

const running = new Set<ChildProcess>();

function killAll(): void {
  for (const child of running) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** Whether processes can be pinned: two CPUs or more and `taskset` present. */
export const pinning = (() => {
  if (os.cpus().length < 2) return { enabled: false, reason: 'only one CPU' };
  const probe = spawnSync('taskset', ['-p', String(process.pid)], { encoding: 'utf8' });
  if (probe.status !== 0) return { enabled: false, reason: '`taskset` is not available' };
  return { enabled: true, reason: 'server processes on CPU 0, load generator on CPU 1' };
})();

/** Moves this process (the load generator) and its threads to `cpu`. */
export function pinSelf(cpu: number): void {
  if (pinning.enabled) spawnSync('taskset', ['-a', '-c', '-p', String(cpu), String(process.pid)]);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface MemoryStats {
  readonly samples: number;
  readonly maxMb: number;
  readonly medianMb: number;
}

export interface Started {
  readonly name: string;
  readonly port: number;
  readonly pid: number;
  readonly url: string;
  memory(): MemoryStats;
  /** Output so far (last lines), for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const rssMb = (pid: number): number | null => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
};

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export interface StartOptions {
  readonly name: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly port: number;
  /** Path polled until it answers (any HTTP status). */
  readonly readyPath?: string;
  readonly readyTimeoutMs?: number;
  readonly cwd?: string;
}

/** Starts `node <args>` pinned to CPU 0, and resolves once it answers HTTP on its port. */
export async function startNode(options: StartOptions): Promise<Started> {
  const command = pinning.enabled ? 'taskset' : process.execPath;
  const args = pinning.enabled ? ['-c', '0', process.execPath, ...options.args] : [...options.args];
  const child = spawn(command, args, {
    env: options.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid as number;
  const samples: number[] = [];
  const sampler = setInterval(() => {
    const mb = rssMb(pid);
    if (mb !== null) samples.push(mb);
  }, 200);
  sampler.unref();
  const url = `http://127.0.0.1:${options.port}`;
  const started: Started = {
    name: options.name,
    port: options.port,
    pid,
    url,
    memory: () => ({
      samples: samples.length,
      maxMb: samples.length ? Math.max(...samples) : Number.NaN,
      medianMb: median(samples),
    }),
    output: () => log,
    stop: async () => {
      clearInterval(sampler);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      running.delete(child);
    },
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) {
      running.delete(child);
      throw new Error(`${options.name} exited with code ${child.exitCode} before it was ready:\n${log}`);
    }
    try {
      await fetch(`${url}${options.readyPath ?? '/'}`, { signal: AbortSignal.timeout(2_000) });
      return started;
    } catch {
      if (Date.now() > deadline) {
        await started.stop();
        throw new Error(`${options.name} did not answer on port ${options.port} in time:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}
