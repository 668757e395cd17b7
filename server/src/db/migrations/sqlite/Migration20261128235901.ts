import { Migration } from '@mikro-orm/migrations';

export class Migration20261128235901 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`recognition_note\` (\`id\` text not null, \`recognition_id\` text not null, \`author_id\` text null, \`kind\` text not null, \`body\` text not null, \`created_at\` datetime not null, constraint \`recognition_note_recognition_id_foreign\` foreign key(\`recognition_id\`) references \`recognition\`(\`id\`) on delete cascade on update cascade, constraint \`recognition_note_author_id_foreign\` foreign key(\`author_id\`) references \`staff_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`recognition_note_recognition_id_index\` on \`recognition_note\` (\`recognition_id\`);`,
    );
    this.addSql(`create index \`recognition_note_author_id_index\` on \`recognition_note\` (\`author_id\`);`);
    this.addSql(
      `create index \`recognition_note_recognition_id_created_at_index\` on \`recognition_note\` (\`recognition_id\`, \`created_at\`);`,
    );

    // Every reviewer note written before the thread existed opens its nomination's thread, so nothing a
    // reviewer wrote is lost. Its kind follows the status, as reviewNoteKindFor does: a nomination back in
    // review was returned first. One such note per recognition, so the recognition's key serves as its own.
    this.addSql(
      `insert into \`recognition_note\` (\`id\`, \`recognition_id\`, \`author_id\`, \`kind\`, \`body\`, \`created_at\`) select \`id\`, \`id\`, \`reviewed_by_id\`, case when \`status\` = 'REJECTED' then 'REJECTED' when \`status\` in ('NOMINATED', 'RETURNED_FOR_CHANGES') then 'RETURNED_FOR_CHANGES' else 'SIGNED_OFF' end, trim(\`reviewer_notes\`), coalesce(\`reviewed_at\`, \`updated_at\`) from \`recognition\` where \`reviewer_notes\` is not null and trim(\`reviewer_notes\`) <> '';`,
    );

    this.addSql(`alter table \`recognition\` drop column \`reviewer_notes\`;`);
  }
}
