import { Migration } from '@mikro-orm/migrations';

/**
 * Maintained list counts and indexed text search (see docs/architecture.md, "Counts and search").
 *
 * `list_count` holds the number of rows in each unfiltered staff list, kept by statement-level triggers
 * (one update per statement, however many rows it wrote) in the same transaction as every insert,
 * delete, archive or truncate, so no writer (the API, a bulk import, the demo seed, a restore, a
 * hand-run SQL statement) can change a list without its count. A rolled-back write rolls its count back
 * with it. The counted rows are updated in one fixed order, so two writers never deadlock on them.
 *
 * pg_trgm GIN indexes serve ILIKE '%term%' on the searched columns.
 */
const COUNTED = {
  creator: {
    creator: 'true',
    'creator.unarchived': 'archived_at is null',
    'creator.public': `archived_at is null and status = 'ACTIVE'`,
  },
  awareness_video: {
    awareness_video: 'true',
    'awareness_video.unarchived': 'archived_at is null',
  },
} as const;

const SEARCHED = {
  creator: ['handle', 'display_name'],
  awareness_video: ['title', 'caption'],
} as const;

export class Migration20261129065002 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "list_count" ("list" varchar(64) not null primary key, "n" bigint not null);');
    for (const [table, lists] of Object.entries(COUNTED)) {
      const entries = Object.entries(lists) as [string, string][];
      const counts = (rows: string, sign: '+' | '-') =>
        `select array[${entries.map(([, condition], i) => `d[${i + 1}] ${sign} count(*) filter (where ${condition})`).join(', ')}] into d from ${rows};`;
      for (const [list, condition] of entries) {
        this.addSql(
          `insert into "list_count" ("list", "n") select '${list}', count(*) from "${table}" where ${condition};`,
        );
      }
      this.addSql(
        [
          `create function "${table}_list_count"() returns trigger language plpgsql as $$`,
          'declare',
          `  d bigint[] := array[${entries.map(() => '0').join(', ')}];`,
          'begin',
          `  if tg_op = 'TRUNCATE' then`,
          `    update "list_count" set "n" = 0 where "list" in (${entries.map(([list]) => `'${list}'`).join(', ')});`,
          '    return null;',
          '  end if;',
          `  if tg_op <> 'DELETE' then ${counts('new_rows', '+')} end if;`,
          `  if tg_op <> 'INSERT' then ${counts('old_rows', '-')} end if;`,
          ...entries.map(
            ([list], i) =>
              `  if d[${i + 1}] <> 0 then update "list_count" set "n" = "n" + d[${i + 1}] where "list" = '${list}'; end if;`,
          ),
          '  return null;',
          'end $$;',
        ].join('\n'),
      );
      const trigger = (name: string, event: string, referencing: string) =>
        this.addSql(
          `create trigger "${table}_count_${name}" after ${event} on "${table}"${referencing} for each statement execute function "${table}_list_count"();`,
        );
      trigger('insert', 'insert', ' referencing new table as new_rows');
      trigger('update', 'update', ' referencing old table as old_rows new table as new_rows');
      trigger('delete', 'delete', ' referencing old table as old_rows');
      trigger('truncate', 'truncate', '');
    }
    this.addSql('create extension if not exists pg_trgm;');
    for (const [table, columns] of Object.entries(SEARCHED)) {
      for (const column of columns) {
        this.addSql(
          `create index "${table}_${column}_trgm_index" on "${table}" using gin ("${column}" gin_trgm_ops);`,
        );
      }
    }
  }
}
