/**
 * Fires scheduled spotlights. Each server process polls the database (the schedule is stored, so it
 * survives restarts); claiming a due spotlight is atomic, so several processes fire each exactly once.
 */
import { LockWaitTimeoutException, type MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { databaseOutageReason, OutageLog } from '../../db/database-faults.js';
import type { SchedulerObserver } from '../metrics/metrics.js';
import { publishNextDue } from './recognition.service.js';

export interface Scheduler {
  /** Publishes everything due now; resolves when none is left. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startScheduler(
  orm: MikroORM,
  logger: Logger,
  intervalMs = 1_000,
  /** Told of each tick and each due spotlight, for /metrics. */
  observer?: SchedulerObserver,
): Scheduler {
  let running: Promise<void> | null = null;
  let stopped = false;
  // While the database is down every tick fails alike: one line per interval, not one a second.
  const outage = new OutageLog(logger, { subject: 'scheduled publishes' });

  const tick = async (): Promise<void> => {
    while (!stopped) {
      const outcome = await publishNextDue(orm.em.fork());
      outage.recovered();
      if (!outcome) {
        observer?.tickCompleted();
        return;
      }
      const { recognition, published } = outcome;
      observer?.fired(published ? 'published' : 'not_published');
      if (published) logger.info({ recognitionId: recognition.id }, 'published a scheduled spotlight');
      else
        logger.warn(
          { recognitionId: recognition.id, reason: recognition.scheduleFailure },
          'a scheduled spotlight was not published',
        );
    }
  };

  const run = () => {
    if (running || stopped) return;
    running = tick()
      .catch((error: unknown) => {
        // Another process holding the lock on a due spotlight is expected when several run; not an alarm.
        const reason = databaseOutageReason(error);
        if (error instanceof LockWaitTimeoutException && !outage.down)
          logger.debug({ err: error }, 'a due spotlight is being published elsewhere');
        else if (reason) outage.failure(reason);
        else logger.error({ err: error }, 'scheduled publishing failed; will retry');
      })
      .finally(() => {
        running = null;
      });
  };

  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();

  return {
    tick: async () => {
      await running;
      await tick();
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
