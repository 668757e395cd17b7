/**
 * Native backup and restore on the lane's engine (SQLite lane: VACUUM INTO; PostgreSQL lane: pg_dump and
 * pg_restore): a backup taken while Beacon serves, restored into a new database, holds the same programme
 * (compared through the programme export) and the same credentials (a member signs in on the restore).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/orm.js';
import { seedDemoProgramme } from '../../db/seed/demo-programme.js';
import { createTemporaryDatabase, type TemporaryDatabase } from '../../db/temporary-database.js';
import { TEST_PASSWORD } from '../../test/factories.js';
import { createTestApp, dataOf, lane, StaffRole, type TestApp } from '../../test/test-app.js';
import { POSTGRES_BIN } from '../../test/throwaway-postgres.js';
import { encodeGlobalId } from '../common/node.js';
import { Creator } from '../creators/creator.entity.js';
import { SignInGuard } from '../staff/sign-in-guard.js';
import { signIn } from '../staff/staff.service.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { backupDatabase, restoreDatabase } from './database-backup.js';
import { exportProgramme, exportToJson, ProgrammeTransferError } from './programme-export.js';

const comparable = async (orm: MikroORM) => {
  const document = await exportProgramme(orm);
  return exportToJson({ ...document, exportedAt: '' });
};

describe(`native backup and restore (${lane()})`, () => {
  let app: TestApp;
  let admin: StaffUser;
  let dir: string;
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    // The lane's pg_dump and pg_restore match the test server (Debian's versioned directory).
    process.env.BEACON_PG_BIN ??= POSTGRES_BIN;
    dir = await mkdtemp(path.join(tmpdir(), 'beacon-backup-'));
    app = await createTestApp();
    await seedDemoProgramme(app.orm.em.fork(), { onlyIfEmpty: false });
    admin = await app.staff(StaffRole.ADMIN);
    const creator = await app.orm.em.fork().findOneOrFail(Creator, { handle: 'calm.with.kai' });
    dataOf(
      await app.run(
        `mutation($input: UpdateCreatorInput!) { updateCreator(input: $input) { creator { version } } }`,
        {
          input: {
            id: encodeGlobalId('Creator', creator.id),
            expectedVersion: creator.version,
            bio: 'Edited.',
          },
        },
        admin,
      ),
    );
    await app.listen();
  });

  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function newDatabase(): Promise<TemporaryDatabase> {
    const db = await createTemporaryDatabase(lane(), 'restore');
    cleanup.push(() => db.drop());
    return db;
  }

  it('backs up while Beacon serves and restores into a new database with the same programme and credentials', async () => {
    const file = path.join(dir, lane() === 'sqlite' ? 'beacon-backup.db' : 'beacon-backup.dump');
    // Beacon keeps serving during the backup: a read runs beside it.
    const [, reading] = await Promise.all([
      backupDatabase(app.config.database, file),
      app.run('{ campaigns(first: 3) { nodes { slug } } }'),
    ]);
    expect(reading.errors).toBeUndefined();

    const target = await newDatabase();
    await restoreDatabase(file, target.config);
    const restored = await openDatabase({ database: target.config });
    cleanup.push(() => restored.close(true));

    expect(await comparable(restored)).toBe(await comparable(app.orm));
    // A native backup keeps what the export leaves out: the member signs in on the restored database.
    const session = await signIn(restored.em.fork(), admin.email, TEST_PASSWORD, {
      sessionTtlMs: 60_000,
      demoStaffAllowed: false,
      guard: new SignInGuard(app.beacon.rateLimits),
      clientIp: '127.0.0.1',
    });
    expect(session.user.id).toBe(admin.id);
  });

  it('refuses to overwrite: an existing backup file, or a restore target that has data', async () => {
    const file = path.join(dir, 'twice.backup');
    await backupDatabase(app.config.database, file);
    await expect(backupDatabase(app.config.database, file)).rejects.toThrow(ProgrammeTransferError);
    await expect(restoreDatabase(file, app.config.database)).rejects.toThrow(ProgrammeTransferError);
  });
});
