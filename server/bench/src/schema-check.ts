/**
 * Foreign keys without an index that starts with their columns, on either engine: the performance targets ask for every
 * foreign key to be indexed, and a missing one turns a parent's delete or a child list into a scan.
 */
import type { BenchDatabase } from './databases.js';
import { withQuery } from './db-query.js';

export async function unindexedForeignKeys(database: BenchDatabase): Promise<string[]> {
  return withQuery(database, async (query) => {
    if (database.engine === 'postgres') {
      const rows = await query(`
        select c.conrelid::regclass::text as tbl,
               (select string_agg(a.attname, ',' order by k.ord) from unnest(c.conkey) with ordinality k(att, ord)
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.att) as cols
          from pg_constraint c
         where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
           and not exists (
             select 1 from pg_index i
              where i.indrelid = c.conrelid
                and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey)`);
      return rows.map((r) => `${r.tbl}(${r.cols})`).sort();
    }
    const missing: string[] = [];
    const tables = await query(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
    );
    for (const { name } of tables as { name: string }[]) {
      const fks = (await query(`select * from pragma_foreign_key_list('${name}')`)) as {
        id: number;
        from: string;
      }[];
      const byId = new Map<number, string[]>();
      for (const fk of fks) byId.set(fk.id, [...(byId.get(fk.id) ?? []), fk.from]);
      const indexes = (await query(`select name from pragma_index_list('${name}')`)) as { name: string }[];
      const leading: string[][] = [];
      for (const index of indexes) {
        const cols = (await query(`select name from pragma_index_info('${index.name}') order by seqno`)) as {
          name: string;
        }[];
        leading.push(cols.map((c) => c.name));
      }
      for (const cols of byId.values()) {
        if (!leading.some((l) => cols.every((c, i) => l[i] === c)))
          missing.push(`${name}(${cols.join(',')})`);
      }
    }
    return missing.sort();
  });
}
