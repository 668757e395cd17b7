import { Migration } from '@mikro-orm/migrations';

export class Migration20261129033550 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "awareness_video_creator_id_index" on "awareness_video" ("creator_id");`);

    this.addSql(`create index "campaign_partner_campaign_id_index" on "campaign_partner" ("campaign_id");`);
    this.addSql(
      `create index "campaign_partner_organisation_id_index" on "campaign_partner" ("organisation_id");`,
    );

    this.addSql(
      `create index "ad_credit_grant_organisation_id_index" on "ad_credit_grant" ("organisation_id");`,
    );
    this.addSql(`create index "ad_credit_grant_campaign_id_index" on "ad_credit_grant" ("campaign_id");`);

    this.addSql(
      `create index "programming_window_campaign_id_index" on "programming_window" ("campaign_id");`,
    );

    this.addSql(`create index "staff_session_user_id_index" on "staff_session" ("user_id");`);

    this.addSql(`create index "recognition_creator_id_index" on "recognition" ("creator_id");`);
    this.addSql(`create index "recognition_campaign_id_index" on "recognition" ("campaign_id");`);
    this.addSql(`create index "recognition_nominated_by_id_index" on "recognition" ("nominated_by_id");`);
    this.addSql(`create index "recognition_reviewed_by_id_index" on "recognition" ("reviewed_by_id");`);
    this.addSql(`create index "recognition_approved_by_id_index" on "recognition" ("approved_by_id");`);
    this.addSql(`create index "recognition_scheduled_by_id_index" on "recognition" ("scheduled_by_id");`);
    this.addSql(`create index "recognition_published_by_id_index" on "recognition" ("published_by_id");`);
    this.addSql(`create index "recognition_withdrawn_by_id_index" on "recognition" ("withdrawn_by_id");`);

    this.addSql(
      `create index "recognition_note_recognition_id_index" on "recognition_note" ("recognition_id");`,
    );
    this.addSql(`create index "recognition_note_author_id_index" on "recognition_note" ("author_id");`);

    this.addSql(
      `create index "recognition_featured_video_recognition_id_index" on "recognition_featured_video" ("recognition_id");`,
    );
    this.addSql(
      `create index "recognition_featured_video_awareness_video_id_index" on "recognition_featured_video" ("awareness_video_id");`,
    );

    this.addSql(`create index "creator_import_started_by_id_index" on "creator_import" ("started_by_id");`);

    this.addSql(
      `create index "creator_import_row_creator_import_id_index" on "creator_import_row" ("creator_import_id");`,
    );

    this.addSql(`create index "audit_event_actor_id_index" on "audit_event" ("actor_id");`);

    this.addSql(
      `create index "training_session_facilitator_id_index" on "training_session" ("facilitator_id");`,
    );
    this.addSql(`create index "training_session_campaign_id_index" on "training_session" ("campaign_id");`);

    this.addSql(`create index "training_enrolment_session_id_index" on "training_enrolment" ("session_id");`);
    this.addSql(`create index "training_enrolment_creator_id_index" on "training_enrolment" ("creator_id");`);
    this.addSql(
      `create index "training_enrolment_organisation_id_index" on "training_enrolment" ("organisation_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ad_credit_grant_organisation_id_index";`);
    this.addSql(`drop index "ad_credit_grant_campaign_id_index";`);

    this.addSql(`drop index "audit_event_actor_id_index";`);

    this.addSql(`drop index "awareness_video_creator_id_index";`);

    this.addSql(`drop index "campaign_partner_campaign_id_index";`);
    this.addSql(`drop index "campaign_partner_organisation_id_index";`);

    this.addSql(`drop index "creator_import_started_by_id_index";`);

    this.addSql(`drop index "creator_import_row_creator_import_id_index";`);

    this.addSql(`drop index "programming_window_campaign_id_index";`);

    this.addSql(`drop index "recognition_creator_id_index";`);
    this.addSql(`drop index "recognition_campaign_id_index";`);
    this.addSql(`drop index "recognition_nominated_by_id_index";`);
    this.addSql(`drop index "recognition_reviewed_by_id_index";`);
    this.addSql(`drop index "recognition_approved_by_id_index";`);
    this.addSql(`drop index "recognition_scheduled_by_id_index";`);
    this.addSql(`drop index "recognition_published_by_id_index";`);
    this.addSql(`drop index "recognition_withdrawn_by_id_index";`);

    this.addSql(`drop index "recognition_featured_video_recognition_id_index";`);
    this.addSql(`drop index "recognition_featured_video_awareness_video_id_index";`);

    this.addSql(`drop index "recognition_note_recognition_id_index";`);
    this.addSql(`drop index "recognition_note_author_id_index";`);

    this.addSql(`drop index "staff_session_user_id_index";`);

    this.addSql(`drop index "training_enrolment_session_id_index";`);
    this.addSql(`drop index "training_enrolment_creator_id_index";`);
    this.addSql(`drop index "training_enrolment_organisation_id_index";`);

    this.addSql(`drop index "training_session_facilitator_id_index";`);
    this.addSql(`drop index "training_session_campaign_id_index";`);
  }
}
