/**
 * PostgreSQL, with every foreign key indexed. MikroORM's SQLite and MySQL platforms index each foreign key
 * column when they create a table; its PostgreSQL platform does not (PostgreSQL itself never does), which
 * left a recognition's creator, a grant's organisation, a note's author and fifteen more keys unindexed:
 * every list of a parent's children, and every delete of a parent, scanned the child table. One platform
 * setting makes both engines' schemas, and so both engines' migrations, index the same columns.
 */
import { AbstractSqlDriver, type Configuration } from '@mikro-orm/knex';
import { PostgreSqlConnection, PostgreSqlPlatform } from '@mikro-orm/postgresql';

class PostgreSqlIndexedForeignKeysPlatform extends PostgreSqlPlatform {
  override indexForeignKeys(): boolean {
    return true;
  }
}

export class PostgreSqlDriver extends AbstractSqlDriver<
  PostgreSqlConnection,
  PostgreSqlIndexedForeignKeysPlatform
> {
  constructor(config: Configuration) {
    super(config, new PostgreSqlIndexedForeignKeysPlatform(), PostgreSqlConnection, ['knex', 'pg']);
  }
}
