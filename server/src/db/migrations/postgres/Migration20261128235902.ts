import { Migration } from '@mikro-orm/migrations';

export class Migration20261128235902 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "recognition_note" ("id" uuid not null, "recognition_id" uuid not null, "author_id" uuid null, "kind" text check ("kind" in ('RETURNED_FOR_CHANGES', 'REJECTED', 'SIGNED_OFF', 'RESUBMITTED', 'COMMENT')) not null, "body" text not null, "created_at" timestamptz not null, constraint "recognition_note_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "recognition_note_recognition_id_created_at_index" on "recognition_note" ("recognition_id", "created_at");`,
    );

    this.addSql(
      `alter table "recognition_note" add constraint "recognition_note_recognition_id_foreign" foreign key ("recognition_id") references "recognition" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recognition_note" add constraint "recognition_note_author_id_foreign" foreign key ("author_id") references "staff_user" ("id") on update cascade on delete set null;`,
    );

    // Every reviewer note written before the thread existed opens its nomination's thread, so nothing a
    // reviewer wrote is lost. Its kind follows the status, as reviewNoteKindFor does: a nomination back in
    // review was returned first. One such note per recognition, so the recognition's key serves as its own.
    this.addSql(
      `insert into "recognition_note" ("id", "recognition_id", "author_id", "kind", "body", "created_at") select "id", "id", "reviewed_by_id", case when "status" = 'REJECTED' then 'REJECTED' when "status" in ('NOMINATED', 'RETURNED_FOR_CHANGES') then 'RETURNED_FOR_CHANGES' else 'SIGNED_OFF' end, trim("reviewer_notes"), coalesce("reviewed_at", "updated_at") from "recognition" where "reviewer_notes" is not null and trim("reviewer_notes") <> '';`,
    );

    this.addSql(`alter table "recognition" drop column "reviewer_notes";`);
  }

  override async down(): Promise<void> {
    // Back to one note per recognition: the latest review decision's, as `reviewerNotes` shows it.
    this.addSql(`alter table "recognition" add column "reviewer_notes" text null;`);
    this.addSql(
      `update "recognition" set "reviewer_notes" = (select "n"."body" from "recognition_note" as "n" where "n"."recognition_id" = "recognition"."id" and "n"."kind" in ('RETURNED_FOR_CHANGES', 'REJECTED', 'SIGNED_OFF') order by "n"."created_at" desc, "n"."id" desc limit 1);`,
    );

    this.addSql(`drop table if exists "recognition_note" cascade;`);
  }
}
