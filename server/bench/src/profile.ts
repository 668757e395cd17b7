/**
 * Where a Beacon process spends its CPU under one workload: the server is started with `--cpu-prof`, loaded,
 * stopped (Node writes the profile on exit), and the profile is summarised by package (graphql, MikroORM,
 * express, pino, Beacon's own code, ...) and by function, by self time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ProfileSummary {
  readonly workload: string;
  readonly sampledMs: number;
  /** Share of the busy time (idle excluded), by package. */
  readonly byPackage: { name: string; percent: number }[];
  readonly topFunctions: { name: string; percent: number }[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export const profileDir = () => mkdtempSync(path.join(os.tmpdir(), 'beacon-bench-prof-'));

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName === '(garbage collector)' ? '(garbage collector)' : '(native)';
  if (url.startsWith('node:')) return 'node (core)';
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1] as string;
  if (url.includes('/shared/dist/')) return '@beacon/shared';
  if (url.includes('/server/dist/')) return 'beacon (server/dist)';
  return url.split('/').slice(-2).join('/');
}

/**
 * Summarises the profile in `dir`, counting only samples taken `fromMs` or later after the process started
 * (so start-up work, schema building and migrations, is left out).
 */
export function summariseProfile(
  dir: string,
  workload: string,
  fromMs: number,
  top = 15,
): ProfileSummary | null {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return null;
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
  rmSync(dir, { recursive: true, force: true });
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let clock = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    clock += delta;
    if (clock >= fromMs * 1000) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    busy += micros;
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} (${pkg}${url ? `:${url.split('/').pop()}:${lineNumber + 1}` : ''})`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const share = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .map(([name, micros]) => ({ name, percent: Number(((100 * micros) / busy).toFixed(1)) }));
  return {
    workload,
    sampledMs: Math.round(busy / 1000),
    byPackage: share(packages).slice(0, top),
    topFunctions: share(functions).slice(0, top),
  };
}
