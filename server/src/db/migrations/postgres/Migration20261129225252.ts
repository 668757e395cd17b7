import { Migration } from '@mikro-orm/migrations';

/** The fold the Campaign entity applies on save (common/sort-key.ts), frozen here as it was when this migration was written. */
const fold = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim().slice(0, 200);

export class Migration20261129225252 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign" add column "name_sort_key" varchar(200) not null default '';`);
    this.addSql(`create index "campaign_name_sort_key_id_index" on "campaign" ("name_sort_key", "id");`);
    // Existing campaigns get their key now, in batches, so sorting by name is right before anyone saves.
    const rows = (await this.execute('select id, name from campaign')) as { id: string; name: string }[];
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      const cases = batch.map(() => 'when ? then ?').join(' ');
      this.addSql(
        this.getKnex().raw(
          `update campaign set name_sort_key = case id ${cases} end where id in (${batch.map(() => '?').join(', ')})`,
          [...batch.flatMap((r) => [r.id, fold(r.name)]), ...batch.map((r) => r.id)],
        ),
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "campaign_name_sort_key_id_index";`);
    this.addSql(`alter table "campaign" drop column "name_sort_key";`);
  }
}
