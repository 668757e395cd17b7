import { Migration } from '@mikro-orm/migrations';

export class Migration20261129002701 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "creator_import" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "started_by_id" uuid not null, "status" text check ("status" in ('OPEN', 'COMMITTED', 'CANCELLED', 'EXPIRED')) not null default 'OPEN', "label" varchar(200) not null, "expected_rows" int not null, "expires_at" timestamptz not null, "committed_at" timestamptz null, "created_count" int null, constraint "creator_import_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "creator_import_status_expires_at_index" on "creator_import" ("status", "expires_at");`,
    );

    this.addSql(
      `create table "creator_import_row" ("id" uuid not null, "creator_import_id" uuid not null, "row_number" int not null, "handle" varchar(30) null, "data" jsonb not null, "problems" jsonb not null, "valid" boolean not null, constraint "creator_import_row_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "creator_import_row_creator_import_id_handle_index" on "creator_import_row" ("creator_import_id", "handle");`,
    );
    this.addSql(
      `alter table "creator_import_row" add constraint "creator_import_row_creator_import_id_row_number_unique" unique ("creator_import_id", "row_number");`,
    );

    this.addSql(
      `alter table "creator_import" add constraint "creator_import_started_by_id_foreign" foreign key ("started_by_id") references "staff_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "creator_import_row" add constraint "creator_import_row_creator_import_id_foreign" foreign key ("creator_import_id") references "creator_import" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "creator_import_row" drop constraint "creator_import_row_creator_import_id_foreign";`,
    );

    this.addSql(`drop table if exists "creator_import" cascade;`);

    this.addSql(`drop table if exists "creator_import_row" cascade;`);
  }
}
