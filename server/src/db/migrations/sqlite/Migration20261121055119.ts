import { Migration } from '@mikro-orm/migrations';

export class Migration20261121055119 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`campaign\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`slug\` text not null, \`name\` text not null, \`hashtag\` text not null, \`theme\` text not null, \`description\` text not null default '', \`starts_on\` date not null, \`ends_on\` date not null, \`spotlight_capacity\` integer not null default 10, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`campaign_slug_unique\` on \`campaign\` (\`slug\`);`);

    this.addSql(
      `create table \`creator\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`handle\` text not null, \`display_name\` text not null, \`bio\` text not null default '', \`region\` text not null, \`languages\` json not null, \`topics\` json not null, \`follower_count\` integer not null default 0, \`profile_url\` text not null, \`status\` text not null default 'ACTIVE', \`consent_given_at\` datetime null, \`consent_scope\` text null, \`consent_withdrawn_at\` datetime null, \`safety_findings\` json not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`creator_handle_unique\` on \`creator\` (\`handle\`);`);

    this.addSql(
      `create table \`awareness_video\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`creator_id\` text not null, \`title\` text not null, \`caption\` text not null default '', \`url\` text not null, \`published_at\` datetime not null, \`duration_seconds\` integer not null, \`strategy\` text not null, \`topics\` json not null, \`hashtags\` json not null, \`views\` bigint not null default 0, \`likes\` bigint not null default 0, \`shares\` bigint not null default 0, \`advisory_warning_override\` text null, \`safety_findings\` json not null, constraint \`awareness_video_creator_id_foreign\` foreign key(\`creator_id\`) references \`creator\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`awareness_video_creator_id_index\` on \`awareness_video\` (\`creator_id\`);`);
    this.addSql(
      `create index \`awareness_video_published_at_index\` on \`awareness_video\` (\`published_at\`);`,
    );
    this.addSql(
      `create index \`awareness_video_creator_id_published_at_index\` on \`awareness_video\` (\`creator_id\`, \`published_at\`);`,
    );

    this.addSql(
      `create table \`crisis_resource\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`name\` text not null, \`organisation_name\` text not null, \`contacts\` json not null, \`regions\` json not null, \`is_global\` integer not null default false, \`topics\` json not null, \`hours\` text not null, \`languages\` json not null, \`last_verified_at\` datetime not null, primary key (\`id\`));`,
    );

    this.addSql(
      `create table \`organisation\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`name\` text not null, \`kind\` text not null, \`website\` text not null, \`description\` text not null default '', \`focus_topics\` json not null, \`regions_served\` json not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`organisation_name_unique\` on \`organisation\` (\`name\`);`);

    this.addSql(
      `create table \`campaign_partner\` (\`campaign_id\` text not null, \`organisation_id\` text not null, constraint \`campaign_partner_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on delete cascade on update cascade, constraint \`campaign_partner_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete cascade on update cascade, primary key (\`campaign_id\`, \`organisation_id\`));`,
    );
    this.addSql(
      `create index \`campaign_partner_campaign_id_index\` on \`campaign_partner\` (\`campaign_id\`);`,
    );
    this.addSql(
      `create index \`campaign_partner_organisation_id_index\` on \`campaign_partner\` (\`organisation_id\`);`,
    );

    this.addSql(
      `create table \`ad_credit_grant\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`organisation_id\` text not null, \`campaign_id\` text not null, \`amount_minor\` bigint not null, \`currency\` text not null default 'USD', \`status\` text not null default 'PLEDGED', \`illustrative\` integer not null default false, \`note\` text not null default '', constraint \`ad_credit_grant_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on update cascade, constraint \`ad_credit_grant_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`ad_credit_grant_organisation_id_index\` on \`ad_credit_grant\` (\`organisation_id\`);`,
    );
    this.addSql(
      `create index \`ad_credit_grant_campaign_id_index\` on \`ad_credit_grant\` (\`campaign_id\`);`,
    );

    this.addSql(
      `create table \`programming_window\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`campaign_id\` text not null, \`title\` text not null, \`description\` text not null default '', \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`time_zone\` text not null, constraint \`programming_window_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`programming_window_campaign_id_index\` on \`programming_window\` (\`campaign_id\`);`,
    );

    this.addSql(
      `create table \`staff_user\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`email\` text not null, \`display_name\` text not null, \`role\` text not null, \`password_hash\` text null, \`invitation_token_hash\` text null, \`invitation_expires_at\` datetime null, \`last_sign_in_at\` datetime null, \`deactivated_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`staff_user_email_unique\` on \`staff_user\` (\`email\`);`);
    this.addSql(
      `create index \`staff_user_invitation_token_hash_index\` on \`staff_user\` (\`invitation_token_hash\`);`,
    );

    this.addSql(
      `create table \`staff_session\` (\`token_hash\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, constraint \`staff_session_user_id_foreign\` foreign key(\`user_id\`) references \`staff_user\`(\`id\`) on delete cascade on update cascade, primary key (\`token_hash\`));`,
    );
    this.addSql(`create index \`staff_session_user_id_index\` on \`staff_session\` (\`user_id\`);`);
    this.addSql(`create index \`staff_session_expires_at_index\` on \`staff_session\` (\`expires_at\`);`);

    this.addSql(
      `create table \`recognition\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`creator_id\` text not null, \`campaign_id\` text not null, \`citation\` text not null, \`rank\` integer null, \`status\` text not null default 'NOMINATED', \`nominated_by_id\` text not null, \`nominated_at\` datetime not null, \`reviewed_by_id\` text null, \`reviewed_at\` datetime null, \`reviewer_notes\` text null, \`approved_by_id\` text null, \`approved_at\` datetime null, \`scheduled_by_id\` text null, \`scheduled_for\` datetime null, \`scheduled_time_zone\` text null, \`published_by_id\` text null, \`published_at\` datetime null, \`withdrawn_by_id\` text null, \`withdrawn_at\` datetime null, \`withdrawal_reason\` text null, \`schedule_failure\` text null, \`live_slot\` text null, \`safety_findings\` json not null, constraint \`recognition_creator_id_foreign\` foreign key(\`creator_id\`) references \`creator\`(\`id\`) on update cascade, constraint \`recognition_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on update cascade, constraint \`recognition_nominated_by_id_foreign\` foreign key(\`nominated_by_id\`) references \`staff_user\`(\`id\`) on update cascade, constraint \`recognition_reviewed_by_id_foreign\` foreign key(\`reviewed_by_id\`) references \`staff_user\`(\`id\`) on delete set null on update cascade, constraint \`recognition_approved_by_id_foreign\` foreign key(\`approved_by_id\`) references \`staff_user\`(\`id\`) on delete set null on update cascade, constraint \`recognition_scheduled_by_id_foreign\` foreign key(\`scheduled_by_id\`) references \`staff_user\`(\`id\`) on delete set null on update cascade, constraint \`recognition_published_by_id_foreign\` foreign key(\`published_by_id\`) references \`staff_user\`(\`id\`) on delete set null on update cascade, constraint \`recognition_withdrawn_by_id_foreign\` foreign key(\`withdrawn_by_id\`) references \`staff_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`recognition_creator_id_index\` on \`recognition\` (\`creator_id\`);`);
    this.addSql(`create index \`recognition_campaign_id_index\` on \`recognition\` (\`campaign_id\`);`);
    this.addSql(
      `create index \`recognition_nominated_by_id_index\` on \`recognition\` (\`nominated_by_id\`);`,
    );
    this.addSql(`create index \`recognition_reviewed_by_id_index\` on \`recognition\` (\`reviewed_by_id\`);`);
    this.addSql(`create index \`recognition_approved_by_id_index\` on \`recognition\` (\`approved_by_id\`);`);
    this.addSql(
      `create index \`recognition_scheduled_by_id_index\` on \`recognition\` (\`scheduled_by_id\`);`,
    );
    this.addSql(`create index \`recognition_scheduled_for_index\` on \`recognition\` (\`scheduled_for\`);`);
    this.addSql(
      `create index \`recognition_published_by_id_index\` on \`recognition\` (\`published_by_id\`);`,
    );
    this.addSql(
      `create index \`recognition_withdrawn_by_id_index\` on \`recognition\` (\`withdrawn_by_id\`);`,
    );
    this.addSql(`create unique index \`recognition_live_slot_unique\` on \`recognition\` (\`live_slot\`);`);
    this.addSql(
      `create index \`recognition_campaign_id_status_index\` on \`recognition\` (\`campaign_id\`, \`status\`);`,
    );

    this.addSql(
      `create table \`recognition_featured_video\` (\`recognition_id\` text not null, \`awareness_video_id\` text not null, constraint \`recognition_featured_video_recognition_id_foreign\` foreign key(\`recognition_id\`) references \`recognition\`(\`id\`) on delete cascade on update cascade, constraint \`recognition_featured_video_awareness_video_id_foreign\` foreign key(\`awareness_video_id\`) references \`awareness_video\`(\`id\`) on delete cascade on update cascade, primary key (\`recognition_id\`, \`awareness_video_id\`));`,
    );
    this.addSql(
      `create index \`recognition_featured_video_recognition_id_index\` on \`recognition_featured_video\` (\`recognition_id\`);`,
    );
    this.addSql(
      `create index \`recognition_featured_video_awareness_video_id_index\` on \`recognition_featured_video\` (\`awareness_video_id\`);`,
    );

    this.addSql(
      `create table \`audit_event\` (\`id\` text not null, \`actor_id\` text null, \`action\` text not null, \`target_type\` text not null, \`target_id\` text not null, \`before\` json null, \`after\` json null, \`reason\` text null, \`request_id\` text null, \`occurred_at\` datetime not null, constraint \`audit_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`staff_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`audit_event_actor_id_index\` on \`audit_event\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_event_action_index\` on \`audit_event\` (\`action\`);`);
    this.addSql(`create index \`audit_event_occurred_at_index\` on \`audit_event\` (\`occurred_at\`);`);
    this.addSql(
      `create index \`audit_event_target_type_target_id_index\` on \`audit_event\` (\`target_type\`, \`target_id\`);`,
    );

    this.addSql(
      `create table \`training_session\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`title\` text not null, \`description\` text not null default '', \`topic\` text not null, \`facilitator_id\` text null, \`audience\` text not null, \`occasion\` text not null, \`campaign_id\` text null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`time_zone\` text not null, \`capacity\` integer not null, constraint \`training_session_facilitator_id_foreign\` foreign key(\`facilitator_id\`) references \`organisation\`(\`id\`) on delete set null on update cascade, constraint \`training_session_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`campaign\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`training_session_facilitator_id_index\` on \`training_session\` (\`facilitator_id\`);`,
    );
    this.addSql(
      `create index \`training_session_campaign_id_index\` on \`training_session\` (\`campaign_id\`);`,
    );

    this.addSql(
      `create table \`training_enrolment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, \`archived_at\` datetime null, \`session_id\` text not null, \`creator_id\` text null, \`organisation_id\` text null, \`attended_at\` datetime null, \`completed_at\` datetime null, constraint \`training_enrolment_session_id_foreign\` foreign key(\`session_id\`) references \`training_session\`(\`id\`) on update cascade, constraint \`training_enrolment_creator_id_foreign\` foreign key(\`creator_id\`) references \`creator\`(\`id\`) on delete set null on update cascade, constraint \`training_enrolment_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`training_enrolment_session_id_index\` on \`training_enrolment\` (\`session_id\`);`,
    );
    this.addSql(
      `create index \`training_enrolment_creator_id_index\` on \`training_enrolment\` (\`creator_id\`);`,
    );
    this.addSql(
      `create index \`training_enrolment_organisation_id_index\` on \`training_enrolment\` (\`organisation_id\`);`,
    );
    this.addSql(
      `create unique index \`training_enrolment_session_id_organisation_id_unique\` on \`training_enrolment\` (\`session_id\`, \`organisation_id\`);`,
    );
    this.addSql(
      `create unique index \`training_enrolment_session_id_creator_id_unique\` on \`training_enrolment\` (\`session_id\`, \`creator_id\`);`,
    );
  }
}
