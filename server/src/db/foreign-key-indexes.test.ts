/**
 * Every foreign key is indexed on both engines, in the schema the migrations build (what production runs):
 * without one, a parent's list of children and every delete of a parent scan the child table.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lane } from '../test/test-app.js';
import { ormConfig } from './orm-config.js';
import { createTemporaryDatabase, type TemporaryDatabase } from './temporary-database.js';

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** `table(columns)` of each foreign key whose columns are not the leading columns of some index. */
async function unindexedForeignKeys(query: Query): Promise<string[]> {
  if (lane() === 'postgres') {
    const rows = await query(`
      select c.conrelid::regclass::text || '(' ||
             (select string_agg(a.attname, ',' order by k.ord) from unnest(c.conkey) with ordinality k(att, ord)
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.att) || ')' as fk
        from pg_constraint c
       where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
         and not exists (select 1 from pg_index i
                          where i.indrelid = c.conrelid
                            and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey)`);
    return rows.map((r) => String(r.fk)).sort();
  }
  const missing: string[] = [];
  const tables = await query(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
  );
  for (const { name } of tables as { name: string }[]) {
    const keys = new Map<number, string[]>();
    for (const fk of (await query(`select id, "from" from pragma_foreign_key_list('${name}')`)) as {
      id: number;
      from: string;
    }[]) {
      keys.set(fk.id, [...(keys.get(fk.id) ?? []), fk.from]);
    }
    const leading: string[][] = [];
    for (const index of (await query(`select name from pragma_index_list('${name}')`)) as {
      name: string;
    }[]) {
      const columns = await query(`select name from pragma_index_info('${index.name}') order by seqno`);
      leading.push(columns.map((c) => String(c.name)));
    }
    for (const columns of keys.values()) {
      if (!leading.some((index) => columns.every((c, i) => index[i] === c))) {
        missing.push(`${name}(${columns.join(',')})`);
      }
    }
  }
  return missing.sort();
}

describe('foreign keys in the migrated schema', () => {
  let db: TemporaryDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTemporaryDatabase(lane(), 'fk-indexes');
    const config = ormConfig(db.config);
    orm = await MikroORM.init({ ...config, migrations: { ...config.migrations, silent: true } });
    await orm.getMigrator().up();
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('each has an index starting with its columns, so listing or deleting by a parent never scans', async () => {
    const connection = orm.em.getConnection();
    const missing = await unindexedForeignKeys((sql) => connection.execute(sql));
    expect(missing).toEqual([]);
  });
});
