import { Migration } from '@mikro-orm/migrations';

/** The fold the Creator entity applies on save, frozen here as it was when this migration was written. */
const fold = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim().slice(0, 200);

export class Migration20261129000856 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`creator\` add column \`name_sort_key\` text not null default '';`);
    this.addSql(`create index \`creator_name_sort_key_index\` on \`creator\` (\`name_sort_key\`);`);
    // Existing creators get their key now, in batches, so sorting by name is right before anyone saves.
    const rows = (await this.execute('select id, display_name from creator')) as {
      id: string;
      display_name: string;
    }[];
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      const cases = batch.map(() => 'when ? then ?').join(' ');
      this.addSql(
        this.getKnex().raw(
          `update creator set name_sort_key = case id ${cases} end where id in (${batch.map(() => '?').join(', ')})`,
          [...batch.flatMap((r) => [r.id, fold(r.display_name)]), ...batch.map((r) => r.id)],
        ),
      );
    }
  }
}
