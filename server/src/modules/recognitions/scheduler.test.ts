/**
 * Scheduled publishing as a publisher sees it: a spotlight scheduled for an instant goes live at that
 * instant in their name, still does after a server restart, is held back (with the reason) when the
 * creator stopped being eligible in the meantime, and goes live exactly once when several server
 * processes share the database (a real second OS process, on both engines).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LockWaitTimeoutException, type MikroORM } from '@mikro-orm/core';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/orm.js';
import type { DatabaseConfig } from '../../db/orm-config.js';
import { buildCampaign, buildRecognition } from '../../test/factories.js';
import type { SchedulerProcessMessage } from '../../test/scheduler-process.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { Creator, CreatorStatus } from '../creators/creator.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Recognition, RecognitionStatus } from './recognition.entity.js';
import { publishNextDue } from './recognition.service.js';
import { type Scheduler, startScheduler } from './scheduler.js';

const SCHEDULE = `mutation($input: ScheduleInput!) {
  scheduleRecognition(input: $input) { recognition { id status version scheduledFor scheduledTimeZone } }
}`;

const silentLogger = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A write refused because another process holds the database's lock (SQLite: SQLITE_BUSY, or
 * SQLITE_BUSY_SNAPSHOT when the other process committed since this one read); the scheduler retries those.
 */
const isLockedOut = (error: unknown) =>
  error instanceof LockWaitTimeoutException ||
  String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY');

/**
 * Runs a scheduler's tick until it completes: it resolves once nothing is due. A tick that meets another
 * process's transaction on a shared SQLite file may be refused as locked; it simply runs again, as the
 * scheduler's own timer does. Nothing here waits on the clock: the test's own timeout is the only bound.
 */
async function tickUntilIdle(scheduler: Scheduler): Promise<void> {
  for (;;) {
    try {
      return await scheduler.tick();
    } catch (error) {
      if (!isLockedOut(error)) throw error;
    }
  }
}

/**
 * Polls until `done` holds, with no deadline of its own (the test's timeout is the only bound). A read that
 * meets the other process's commit on a shared SQLite file may be refused as locked: that poll counts as
 * "not yet".
 */
async function until(done: () => Promise<boolean>): Promise<void> {
  for (;;) {
    try {
      if (await done()) return;
    } catch (error) {
      if (!isLockedOut(error)) throw error;
    }
    await sleep(50);
  }
}

/**
 * Waits until the wall clock has passed `instant`. Schedules are set two seconds ahead only because the API
 * refuses an instant in the past by the time the mutation runs; nothing asserts how late anything happens.
 */
const passInstant = (instant: Date) => sleep(Math.max(0, instant.getTime() - Date.now() + 5));

/** The next message of `type` from `child`; fails if the process ends first. */
function messageFrom<T extends SchedulerProcessMessage['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<SchedulerProcessMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: SchedulerProcessMessage) => {
      if (message.type !== type) return;
      child.off('exit', onExit);
      child.off('message', onMessage);
      resolve(message as Extract<SchedulerProcessMessage, { type: T }>);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`the scheduler process ended (${code}) before '${type}'`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * Another Beacon server process on `database`: a real OS process (test/scheduler-process.ts, run by Node
 * with the same TypeScript loader as `pnpm dev`), its scheduler not yet ticking. Resolves once it is ready.
 */
async function startSchedulerProcess(database: DatabaseConfig): Promise<ChildProcess> {
  const child = fork(fileURLToPath(new URL('../../test/scheduler-process.ts', import.meta.url)), [], {
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    execArgv: ['--import', '@swc-node/register/esm-register'],
    env: { ...process.env, BEACON_TEST_DATABASE: JSON.stringify(database) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await messageFrom(child, 'ready');
  return child;
}

describe('scheduled publishing', () => {
  let app: TestApp;
  let editor: StaffUser;
  let publisher: StaffUser;
  // Everything a test starts, stopped even when it fails, so no scheduler outlives its test.
  const cleanups: (() => Promise<unknown>)[] = [];

  const load = (rec: Recognition) => app.orm.em.fork().findOneOrFail(Recognition, { id: rec.id });
  const auditOf = (rec: Recognition, action: string) =>
    app.orm.em.fork().find(AuditEvent, { targetType: 'Recognition', targetId: rec.id, action });

  const schedulerOn = (orm: MikroORM, intervalMs: number, logger = silentLogger): Scheduler => {
    const scheduler = startScheduler(orm, logger, intervalMs);
    cleanups.push(() => scheduler.stop());
    return scheduler;
  };

  /** A fresh server on the same database, as after a restart (its own ORM and connections). */
  const secondProcess = async (): Promise<MikroORM> => {
    const orm = await openDatabase({ database: app.config.database });
    cleanups.push(() => orm.close(true));
    return orm;
  };

  async function approved(overrides: Partial<Recognition> = {}): Promise<Recognition> {
    return buildRecognition(app.orm.em.fork(), {
      nominatedBy: editor,
      status: RecognitionStatus.APPROVED,
      ...overrides,
    });
  }

  async function scheduleFor(
    rec: Recognition,
    publishAt: Date,
  ): Promise<{ version: number; scheduledFor: string }> {
    const result = await app.run<{
      scheduleRecognition: {
        recognition: { status: string; version: number; scheduledFor: string; scheduledTimeZone: string };
      };
    }>(
      SCHEDULE,
      {
        input: {
          id: rec.globalId,
          expectedVersion: rec.version,
          publishAt: publishAt.toISOString(),
          timeZone: 'Europe/London',
        },
      },
      publisher,
    );
    const scheduled = dataOf(result).scheduleRecognition.recognition;
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', scheduledTimeZone: 'Europe/London' });
    return scheduled;
  }

  beforeAll(async () => {
    app = await createTestApp();
    editor = await app.staff(StaffRole.EDITOR);
    publisher = await app.staff(StaffRole.PUBLISHER);
  });
  afterEach(async () => {
    // Last started, first stopped: schedulers before the ORMs they use.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(() => app?.close());

  it('publishes a scheduled spotlight at its instant, in the name of the publisher who scheduled it', async () => {
    const rec = await approved();
    const publishAt = new Date(Date.now() + 2_000);
    await scheduleFor(rec, publishAt);
    // Not early: a millisecond before its instant, the scheduler's query finds nothing due (nothing else in
    // this file is scheduled before this test).
    expect(await publishNextDue(app.orm.em.fork(), new Date(publishAt.getTime() - 1))).toBeNull();
    expect((await load(rec)).status).toBe(RecognitionStatus.SCHEDULED);

    // At its instant the running scheduler publishes it; its tick resolves once nothing is due.
    const scheduler = schedulerOn(app.orm, 60_000);
    await passInstant(publishAt);
    await tickUntilIdle(scheduler);
    const published = await load(rec);
    expect(published.status).toBe(RecognitionStatus.PUBLISHED);
    expect(published.scheduledFor?.getTime()).toBe(publishAt.getTime());
    expect(published.publishedAt?.getTime()).toBeGreaterThanOrEqual(publishAt.getTime());
    expect(published.publishedBy?.id).toBe(publisher.id);
    expect(published.rank).toBe(1);
    expect(published.scheduleFailure).toBeNull();
    const audit = await auditOf(rec, 'recognition.publish_scheduled');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toBeNull();
  });

  it('still publishes a scheduled spotlight when the server restarts before its instant', async () => {
    const rec = await approved();
    const publishAt = new Date(Date.now() + 2_000);
    await scheduleFor(rec, publishAt);
    // The process that took the schedule runs no scheduler (it "went down"); the instant passes.
    await passInstant(publishAt);
    expect((await load(rec)).status).toBe(RecognitionStatus.SCHEDULED);

    // A fresh process on the same database knows nothing but what is stored.
    await tickUntilIdle(schedulerOn(await secondProcess(), 60_000));

    const published = await load(rec);
    expect(published.status).toBe(RecognitionStatus.PUBLISHED);
    expect(published.publishedBy?.id).toBe(publisher.id);
    expect(await auditOf(rec, 'recognition.publish_scheduled')).toHaveLength(1);
  });

  it('re-checks eligibility when a schedule fires and holds back, with the reason, a creator who was suspended or withdrew consent since', async () => {
    const suspended = await approved();
    const withdrawn = await approved({ campaign: suspended.campaign });
    const publishAt = new Date(Date.now() + 2_000);
    await scheduleFor(suspended, publishAt);
    await scheduleFor(withdrawn, publishAt);
    const scheduler = schedulerOn(app.orm, 60_000);

    // Changed behind the workflow's back, as moderation or a data fix would, after the schedule was set.
    const em = app.orm.em.fork();
    const [creatorA, creatorB] = await Promise.all([
      em.findOneOrFail(Creator, { id: suspended.creator.id }),
      em.findOneOrFail(Creator, { id: withdrawn.creator.id }),
    ]);
    creatorA.status = CreatorStatus.SUSPENDED;
    if (!creatorB.consent) throw new Error('the factory gives eligible creators consent');
    creatorB.consent.withdrawnAt = new Date();
    await em.flush();

    await passInstant(publishAt);
    await tickUntilIdle(scheduler);

    for (const [rec, why] of [
      [suspended, /suspended/i],
      [withdrawn, /consent was withdrawn/i],
    ] as const) {
      const held = await load(rec);
      expect(held.status).toBe(RecognitionStatus.APPROVED);
      expect(held.publishedAt).toBeNull();
      expect(held.rank).toBeNull();
      expect(held.scheduleFailure).toMatch(why);
      expect(await auditOf(rec, 'recognition.publish_scheduled')).toHaveLength(0);
      const failed = await auditOf(rec, 'recognition.schedule_failed');
      expect(failed).toHaveLength(1);
      expect(failed[0]?.reason).toMatch(why);
    }
    expect(
      await app.orm.em
        .fork()
        .count(Recognition, { campaign: suspended.campaign.id, status: RecognitionStatus.PUBLISHED }),
    ).toBe(0);
  });

  describe('with two server processes', () => {
    const due = 20;
    let campaign: Campaign;
    const recs: Recognition[] = [];
    let other: ChildProcess;

    // Twenty due spotlights and the second process are setup, built in the hook: the case itself is only
    // the two schedulers' race.
    beforeAll(async () => {
      campaign = await buildCampaign(app.orm.em.fork(), { spotlightCapacity: due });
      const past = new Date(Date.now() - 60_000);
      for (let i = 0; i < due; i++) {
        recs.push(
          await approved({
            campaign,
            status: RecognitionStatus.SCHEDULED,
            scheduledFor: past,
            scheduledTimeZone: 'Europe/London',
            scheduledBy: publisher,
          }),
        );
      }
      other = await startSchedulerProcess(app.config.database);
    });
    afterAll(() => {
      if (other?.connected) other.kill();
    });

    it('publishes every due spotlight exactly once when two server processes run the scheduler on the same database', async () => {
      // Both run the production scheduler on their own timers, as two servers would.
      let failures = 0;
      const counting = pino(
        { level: 'error' },
        {
          write: () => {
            failures++;
          },
        },
      );
      other.send('go');
      schedulerOn(app.orm, 20, counting);
      const countPublished = () =>
        app.orm.em.fork().count(Recognition, { campaign: campaign.id, status: RecognitionStatus.PUBLISHED });
      await until(async () => (await countPublished()) === due);
      // Stopping waits for any tick in flight in either process: after this, nothing can fire again.
      const stopped = messageFrom(other, 'stopped');
      other.send('stop');
      const { published: byOther, failures: otherFailures } = await stopped;
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();

      const published = await app.orm.em
        .fork()
        .find(Recognition, { campaign: campaign.id }, { orderBy: { rank: 'asc' } });
      expect(published.map((r) => r.status)).toEqual(Array(due).fill(RecognitionStatus.PUBLISHED));
      expect(published.map((r) => r.rank)).toEqual(Array.from({ length: due }, (_, i) => i + 1));
      const fired = await app.orm.em.fork().find(AuditEvent, {
        action: 'recognition.publish_scheduled',
        targetId: { $in: recs.map((r) => r.id) },
      });
      const perRecognition = new Map<string, number>();
      for (const event of fired)
        perRecognition.set(event.targetId, (perRecognition.get(event.targetId) ?? 0) + 1);
      expect(recs.map((r) => perRecognition.get(r.id) ?? 0)).toEqual(Array(due).fill(1));
      // What the other process says it published is part of that once: never more than exist.
      expect(byOther).toBeLessThanOrEqual(due);
      // Neither process failed a tick over the other's work (an operator would see each as an error):
      // a due spotlight is claimed by one process, and the other passes it by.
      expect({ failures, otherFailures }).toEqual({ failures: 0, otherFailures: 0 });
    });
  });
});
