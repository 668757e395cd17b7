import { Migration } from '@mikro-orm/migrations';

/**
 * Maintained list counts and indexed text search (see docs/architecture.md, "Counts and search").
 *
 * `list_count` holds the number of rows in each unfiltered staff list, kept by triggers in the same
 * statement as every insert, delete or archive, so no writer (the API, a bulk import, the demo seed, a
 * restore, a hand-run SQL statement) can change a list without its count. A rolled-back write rolls its
 * count back with it.
 *
 * `creator_search` and `awareness_video_search` are FTS5 trigram indexes of the searched text, keyed by
 * the row's rowid (which VACUUM and VACUUM INTO keep for these tables) and kept by triggers likewise.
 * They store no copy of the text (contentless); searches re-check every candidate with LIKE.
 */
const COUNTED = {
  creator: {
    creator: '1',
    'creator.unarchived': '{row}.archived_at is null',
    'creator.public': "{row}.archived_at is null and {row}.status = 'ACTIVE'",
  },
  awareness_video: {
    awareness_video: '1',
    'awareness_video.unarchived': '{row}.archived_at is null',
  },
} as const;

const SEARCHED = {
  creator: ['handle', 'display_name'],
  awareness_video: ['title', 'caption'],
} as const;

export class Migration20261129065001 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `list_count` (`list` text not null primary key, `n` integer not null);');
    for (const [table, lists] of Object.entries(COUNTED)) {
      const entries = Object.entries(lists) as [string, string][];
      const keys = entries.map(([list]) => `'${list}'`).join(', ');
      const when = (row: 'new' | 'old') =>
        entries
          .map(([list, condition]) => `when '${list}' then (${condition.replaceAll('{row}', row)})`)
          .join(' ');
      for (const [list, condition] of entries) {
        this.addSql(
          `insert into list_count (list, n) select '${list}', count(*) from \`${table}\` as t where ${condition.replaceAll('{row}', 't')};`,
        );
      }
      this.addSql(
        `create trigger \`${table}_count_insert\` after insert on \`${table}\` begin update list_count set n = n + case list ${when('new')} end where list in (${keys}); end;`,
      );
      this.addSql(
        `create trigger \`${table}_count_delete\` after delete on \`${table}\` begin update list_count set n = n - case list ${when('old')} end where list in (${keys}); end;`,
      );
      const changing = table === 'creator' ? '`archived_at`, `status`' : '`archived_at`';
      this.addSql(
        `create trigger \`${table}_count_update\` after update of ${changing} on \`${table}\` begin update list_count set n = n + case list ${when('new')} end - case list ${when('old')} end where list in (${keys}); end;`,
      );
    }
    for (const [table, columns] of Object.entries(SEARCHED)) {
      const search = `${table}_search`;
      const names = columns.map((c) => `\`${c}\``).join(', ');
      const values = (row: string) => columns.map((c) => `${row}.\`${c}\``).join(', ');
      this.addSql(
        `create virtual table \`${search}\` using fts5(${names}, content = '', contentless_delete = 1, tokenize = 'trigram');`,
      );
      this.addSql(
        `insert into \`${search}\` (rowid, ${names}) select rowid, ${columns.map((c) => `\`${c}\``).join(', ')} from \`${table}\`;`,
      );
      this.addSql(
        `create trigger \`${search}_insert\` after insert on \`${table}\` begin insert into \`${search}\` (rowid, ${names}) values (new.rowid, ${values('new')}); end;`,
      );
      this.addSql(
        `create trigger \`${search}_delete\` after delete on \`${table}\` begin delete from \`${search}\` where rowid = old.rowid; end;`,
      );
      this.addSql(
        `create trigger \`${search}_update\` after update of ${names} on \`${table}\` begin delete from \`${search}\` where rowid = old.rowid; insert into \`${search}\` (rowid, ${names}) values (new.rowid, ${values('new')}); end;`,
      );
    }
  }
}
