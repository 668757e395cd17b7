import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes that cover the bounded `totalCount` of a creator or video list filtered by topic (see
 * docs/architecture.md, "How each list answers totalCount"): the count checks each row's topics, status and
 * archived date in the index, reading a few hundred index pages instead of some 20,000 whole rows.
 */
export class Migration20261129130529 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "creator_topics_status_archived_at_index" on "creator" ("topics", "status", "archived_at");`);

    this.addSql(`create index "awareness_video_topics_archived_at_index" on "awareness_video" ("topics", "archived_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "awareness_video_topics_archived_at_index";`);

    this.addSql(`drop index "creator_topics_status_archived_at_index";`);
  }

}
