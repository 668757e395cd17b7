/**
 * Data the schema derives from a table by trigger (the SQLite FTS5 search tables), rebuilt after a bulk
 * load with the statement Beacon's own migration uses to fill it from the rows already there, so the
 * loaded database holds what the triggers would have written, computed once for the whole table instead
 * of once a row. The statement is read from the built server's migrations, not copied: a migration that
 * changes what is searched changes the load with it.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_DIR } from '../beacon.js';
import type { Engine } from '../databases.js';

interface MigrationClass {
  new (driver: unknown, config: unknown): { up(): Promise<void> | void; getQueries(): unknown[] };
}

const loaded = new Map<Engine, Promise<{ name: string; class: MigrationClass }[]>>();

function migrations(engine: Engine) {
  let list = loaded.get(engine);
  if (!list) {
    const file = path.join(SERVER_DIR, 'dist', 'db', 'migrations', engine, 'index.js');
    list = import(pathToFileURL(file).href).then(
      (module: Record<string, { name: string; class: MigrationClass }[]>) =>
        module[`${engine}Migrations`] ?? [],
    );
    loaded.set(engine, list);
  }
  return list;
}

const quoted = (name: string) => `[\`"]?${name}[\`"]?`;

/**
 * The newest migration's statement that fills `target` from the rows of `source`
 * (`insert into target (...) select ... from source`), or null when no migration has one. Migrations whose
 * `up()` reads the database (data migrations) cannot run without one and are passed over: a fill
 * statement is plain SQL.
 */
export async function fillStatement(engine: Engine, target: string, source: string): Promise<string | null> {
  const pattern = new RegExp(
    `^\\s*insert\\s+into\\s+${quoted(target)}\\s*\\(.*\\)\\s*select\\s.*\\sfrom\\s+${quoted(source)}\\s*;?\\s*$`,
    'is',
  );
  for (const migration of [...(await migrations(engine))].reverse()) {
    const instance = new migration.class(undefined, undefined);
    try {
      await instance.up();
    } catch {
      continue;
    }
    const fills = instance.getQueries().filter((q): q is string => typeof q === 'string' && pattern.test(q));
    const fill = fills.at(-1);
    if (fill) return fill;
  }
  return null;
}
