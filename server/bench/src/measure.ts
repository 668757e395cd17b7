/**
 * Load with autocannon: a warm-up, then rounds, interleaved across the targets of a group so that noise
 * from anything else on the machine falls on every target alike, and medians of the rounds.
 */
import autocannon from 'autocannon';
import { median } from './processes.js';

export interface Target {
  readonly id: string;
  /** Full URL of the GraphQL endpoint. */
  readonly url: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
  readonly connections: number;
  /** For targets whose every request differs (writes): autocannon's request hooks. */
  readonly requests?: autocannon.Request[];
}

export interface Round {
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly requests: number;
  readonly failures: number;
}

export interface Summary {
  readonly rounds: Round[];
  /** Medians over the rounds. */
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly failures: number;
}

/** A round needs at least this many requests to say anything; slower targets run a fixed count instead. */
const MIN_REQUESTS = 3;

async function fire(target: Target, seconds: number, amount?: number): Promise<Round> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections: target.connections,
    pipelining: 1,
    ...(amount ? { amount } : { duration: seconds }),
    timeout: 120,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...target.headers },
    ...(target.body !== undefined ? { body: target.body } : {}),
    ...(target.requests ? { requests: target.requests } : {}),
  });
  return {
    // Completed requests over the time the round really took: right for duration and fixed-count rounds.
    rps: result.duration > 0 ? result.requests.total / result.duration : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.mean,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

export const summarise = (rounds: Round[]): Summary => ({
  rounds,
  rps: median(rounds.map((r) => r.rps)),
  p50Ms: median(rounds.map((r) => r.p50Ms)),
  p99Ms: median(rounds.map((r) => r.p99Ms)),
  failures: rounds.reduce((sum, r) => sum + r.failures, 0),
});

export interface GroupOptions {
  readonly rounds: number;
  readonly seconds: number;
  readonly warmUpSeconds: number;
  readonly onProgress?: (message: string) => void;
}

/** Warms every target up, then runs `rounds` rounds, each visiting every target once. */
export async function measureGroup(
  targets: readonly Target[],
  options: GroupOptions,
): Promise<Map<string, Summary>> {
  // Targets too slow to complete a few requests in a round's time run a fixed number of requests instead
  // (a round with no completed request would report a latency of 0).
  const amounts = new Map<string, number>();
  for (const target of targets) {
    options.onProgress?.(`warm-up ${target.id}`);
    const warm = await fire(target, options.warmUpSeconds);
    if (warm.requests < MIN_REQUESTS) amounts.set(target.id, MIN_REQUESTS * target.connections);
  }
  const rounds = new Map<string, Round[]>(targets.map((t) => [t.id, []]));
  for (let r = 0; r < options.rounds; r++) {
    for (const target of targets) {
      const round = await fire(target, options.seconds, amounts.get(target.id));
      rounds.get(target.id)?.push(round);
      options.onProgress?.(
        `round ${r + 1}/${options.rounds} ${target.id}: ${round.rps.toFixed(1)} req/s, p50 ${round.p50Ms.toFixed(1)} ms`,
      );
    }
  }
  return new Map([...rounds].map(([id, list]) => [id, summarise(list)]));
}
