/**
 * Scheduled publishing as a publisher sees it: a spotlight scheduled for an instant goes live at that
 * instant in their name, still does after a server restart, is held back (with the reason) when the
 * creator stopped being eligible in the meantime, and goes live exactly once when several server
 * processes share the database.
 */
import { LockWaitTimeoutException, type MikroORM } from '@mikro-orm/core';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/orm.js';
import { buildCampaign, buildRecognition } from '../../test/factories.js';
import { createTestApp, dataOf, StaffRole, type TestApp } from '../../test/test-app.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Creator, CreatorStatus } from '../creators/creator.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Recognition, RecognitionStatus } from './recognition.entity.js';
import { type Scheduler, startScheduler } from './scheduler.js';

const SCHEDULE = `mutation($input: ScheduleInput!) {
  scheduleRecognition(input: $input) { recognition { id status version scheduledFor scheduledTimeZone } }
}`;

const silentLogger = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until `done` holds or `timeoutMs` passes; returns whether it held. A read that meets another
 * process's commit on a shared SQLite file may be refused as locked: that poll just counts as "not yet".
 */
async function eventually(done: () => Promise<boolean>, timeoutMs = 10_000, everyMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await done()) return true;
    } catch (error) {
      if (!(error instanceof LockWaitTimeoutException)) throw error;
    }
    await sleep(everyMs);
  }
  return done();
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

  /** A second server process on the same database. */
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
    schedulerOn(app.orm, 200);

    expect(await eventually(async () => (await load(rec)).status === RecognitionStatus.PUBLISHED)).toBe(true);
    const published = await load(rec);
    expect(published.scheduledFor?.getTime()).toBe(publishAt.getTime());
    // Not early, and not much later than asked.
    expect(published.publishedAt?.getTime()).toBeGreaterThanOrEqual(publishAt.getTime());
    expect((published.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY) - publishAt.getTime()).toBeLessThan(
      3_000,
    );
    expect(published.publishedBy?.id).toBe(publisher.id);
    expect(published.rank).toBe(1);
    expect(published.scheduleFailure).toBeNull();
    const audit = await auditOf(rec, 'recognition.publish_scheduled');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toBeNull();
  });

  it('still publishes a scheduled spotlight when the server restarts before its instant', async () => {
    const rec = await approved();
    const publishAt = new Date(Date.now() + 1_000);
    await scheduleFor(rec, publishAt);
    // The process that took the schedule runs no scheduler (it "went down"); the instant passes.
    await sleep(publishAt.getTime() - Date.now() + 100);
    expect((await load(rec)).status).toBe(RecognitionStatus.SCHEDULED);

    // A fresh process on the same database knows nothing but what is stored.
    schedulerOn(await secondProcess(), 200);

    expect(await eventually(async () => (await load(rec)).status === RecognitionStatus.PUBLISHED)).toBe(true);
    const published = await load(rec);
    expect(published.publishedBy?.id).toBe(publisher.id);
    expect(await auditOf(rec, 'recognition.publish_scheduled')).toHaveLength(1);
  });

  it('re-checks eligibility when a schedule fires and holds back, with the reason, a creator who was suspended or withdrew consent since', async () => {
    const suspended = await approved();
    const withdrawn = await approved({ campaign: suspended.campaign });
    const publishAt = new Date(Date.now() + 1_000);
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

    await sleep(publishAt.getTime() - Date.now() + 50);
    await scheduler.tick();

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

  it('publishes every due spotlight exactly once when two server processes run the scheduler on the same database', async () => {
    const due = 20;
    const em = app.orm.em.fork();
    const campaign = await buildCampaign(em, { spotlightCapacity: due });
    const past = new Date(Date.now() - 60_000);
    const recs: Recognition[] = [];
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

    const other = await secondProcess();
    schedulerOn(app.orm, 50);
    schedulerOn(other, 50);

    const countPublished = () =>
      app.orm.em.fork().count(Recognition, { campaign: campaign.id, status: RecognitionStatus.PUBLISHED });
    expect(await eventually(async () => (await countPublished()) === due)).toBe(true);
    // Let both keep ticking a little longer: nothing may fire a second time.
    await sleep(300);
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
  });
});
