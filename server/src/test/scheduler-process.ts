/**
 * A second server process for the scheduler tests: a real OS process (started with child_process.fork)
 * that opens the database named in BEACON_TEST_DATABASE (JSON of the config's `database`) and runs the
 * production scheduler on it, exactly as another server on the same database would. It talks to the test
 * over IPC: it says `ready` once the database is open, starts ticking on `go`, and on `stop` stops the
 * scheduler (waiting for a tick in flight), closes the database, says how many spotlights it published and
 * how many ticks failed (logged as errors), and exits.
 */
import 'reflect-metadata';
import { pino } from 'pino';
import { openDatabase } from '../db/orm.js';
import type { DatabaseConfig } from '../db/orm-config.js';
import { type Scheduler, startScheduler } from '../modules/recognitions/scheduler.js';

export type SchedulerProcessMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'stopped'; readonly published: number; readonly failures: number };

const send = (message: SchedulerProcessMessage) =>
  new Promise<void>((resolve, reject) => {
    process.send?.(message, (error: Error | null) => (error ? reject(error) : resolve()));
  });

const database = JSON.parse(process.env.BEACON_TEST_DATABASE ?? 'null') as DatabaseConfig | null;
if (!database || !process.send)
  throw new Error('run by the tests, with BEACON_TEST_DATABASE and an IPC channel');

let published = 0;
let failures = 0;
// The scheduler logs each spotlight it publishes at info level: counted here; anything else it says (a
// failure) goes to stderr, into the test's output.
const logger = pino(
  { level: 'info' },
  {
    write: (line: string) => {
      if (line.includes('published a scheduled spotlight')) published++;
      else process.stderr.write(line);
      if ((JSON.parse(line) as { level: number }).level >= 50) failures++;
    },
  },
);

const orm = await openDatabase({ database });
let scheduler: Scheduler | null = null;
process.on('message', async (message: unknown) => {
  if (message === 'go') scheduler ??= startScheduler(orm, logger, 20);
  if (message === 'stop') {
    await scheduler?.stop();
    await orm.close(true);
    await send({ type: 'stopped', published, failures });
    process.disconnect();
  }
});
await send({ type: 'ready' });
