import { Migration } from '@mikro-orm/migrations';

export class Migration20261129002700 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`creator_import\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`started_by_id\` text not null, \`status\` text not null default 'OPEN', \`label\` text not null, \`expected_rows\` integer not null, \`expires_at\` datetime not null, \`committed_at\` datetime null, \`created_count\` integer null, constraint \`creator_import_started_by_id_foreign\` foreign key(\`started_by_id\`) references \`staff_user\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`creator_import_started_by_id_index\` on \`creator_import\` (\`started_by_id\`);`,
    );
    this.addSql(
      `create index \`creator_import_status_expires_at_index\` on \`creator_import\` (\`status\`, \`expires_at\`);`,
    );

    this.addSql(
      `create table \`creator_import_row\` (\`id\` text not null, \`creator_import_id\` text not null, \`row_number\` integer not null, \`handle\` text null, \`data\` json not null, \`problems\` json not null, \`valid\` integer not null, constraint \`creator_import_row_creator_import_id_foreign\` foreign key(\`creator_import_id\`) references \`creator_import\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`creator_import_row_creator_import_id_index\` on \`creator_import_row\` (\`creator_import_id\`);`,
    );
    this.addSql(
      `create index \`creator_import_row_creator_import_id_handle_index\` on \`creator_import_row\` (\`creator_import_id\`, \`handle\`);`,
    );
    this.addSql(
      `create unique index \`creator_import_row_creator_import_id_row_number_unique\` on \`creator_import_row\` (\`creator_import_id\`, \`row_number\`);`,
    );
  }
}
