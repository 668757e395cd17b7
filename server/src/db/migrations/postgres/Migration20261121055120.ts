import { Migration } from '@mikro-orm/migrations';

export class Migration20261121055120 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "campaign" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "slug" varchar(255) not null, "name" varchar(255) not null, "hashtag" varchar(255) not null, "theme" text not null, "description" text not null default '', "starts_on" date not null, "ends_on" date not null, "spotlight_capacity" int not null default 10, constraint "campaign_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "campaign" add constraint "campaign_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "creator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "handle" varchar(30) not null, "display_name" varchar(255) not null, "bio" text not null default '', "region" varchar(2) not null, "languages" jsonb not null, "topics" jsonb not null, "follower_count" int not null default 0, "profile_url" varchar(2048) not null, "status" text check ("status" in ('ACTIVE', 'SUSPENDED')) not null default 'ACTIVE', "consent_given_at" timestamptz null, "consent_scope" text check ("consent_scope" in ('SPOTLIGHT', 'SPOTLIGHT_AND_PROMOTION')) null, "consent_withdrawn_at" timestamptz null, "safety_findings" jsonb not null, constraint "creator_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "creator" add constraint "creator_handle_unique" unique ("handle");`);

    this.addSql(
      `create table "awareness_video" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "creator_id" uuid not null, "title" varchar(300) not null, "caption" text not null default '', "url" varchar(2048) not null, "published_at" timestamptz not null, "duration_seconds" int not null, "strategy" text check ("strategy" in ('EDUCATIONAL', 'PERSONAL_STORYTELLING', 'CREATIVE_CHALLENGE', 'COLLABORATION', 'COMMUNITY_ENGAGEMENT', 'RESOURCE_SHARING')) not null, "topics" jsonb not null, "hashtags" jsonb not null, "views" bigint not null default 0, "likes" bigint not null default 0, "shares" bigint not null default 0, "advisory_warning_override" text null, "safety_findings" jsonb not null, constraint "awareness_video_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "awareness_video_published_at_index" on "awareness_video" ("published_at");`);
    this.addSql(
      `create index "awareness_video_creator_id_published_at_index" on "awareness_video" ("creator_id", "published_at");`,
    );

    this.addSql(
      `create table "crisis_resource" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "name" varchar(255) not null, "organisation_name" varchar(255) not null, "contacts" jsonb not null, "regions" jsonb not null, "is_global" boolean not null default false, "topics" jsonb not null, "hours" varchar(255) not null, "languages" jsonb not null, "last_verified_at" timestamptz not null, constraint "crisis_resource_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "organisation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "name" varchar(255) not null, "kind" text check ("kind" in ('NON_PROFIT', 'CRISIS_SERVICE', 'EXPERT_BODY', 'EDUCATION', 'RESEARCH', 'OTHER')) not null, "website" varchar(2048) not null, "description" text not null default '', "focus_topics" jsonb not null, "regions_served" jsonb not null, constraint "organisation_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organisation" add constraint "organisation_name_unique" unique ("name");`);

    this.addSql(
      `create table "campaign_partner" ("campaign_id" uuid not null, "organisation_id" uuid not null, constraint "campaign_partner_pkey" primary key ("campaign_id", "organisation_id"));`,
    );

    this.addSql(
      `create table "ad_credit_grant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "organisation_id" uuid not null, "campaign_id" uuid not null, "amount_minor" bigint not null, "currency" varchar(3) not null default 'USD', "status" text check ("status" in ('PLEDGED', 'ALLOCATED', 'DISBURSED')) not null default 'PLEDGED', "illustrative" boolean not null default false, "note" text not null default '', constraint "ad_credit_grant_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "programming_window" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "campaign_id" uuid not null, "title" varchar(255) not null, "description" text not null default '', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "time_zone" varchar(255) not null, constraint "programming_window_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "staff_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "email" varchar(255) not null, "display_name" varchar(255) not null, "role" text check ("role" in ('VIEWER', 'EDITOR', 'SAFETY_REVIEWER', 'PUBLISHER', 'ADMIN')) not null, "password_hash" text null, "invitation_token_hash" varchar(255) null, "invitation_expires_at" timestamptz null, "last_sign_in_at" timestamptz null, "deactivated_at" timestamptz null, constraint "staff_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "staff_user" add constraint "staff_user_email_unique" unique ("email");`);
    this.addSql(
      `create index "staff_user_invitation_token_hash_index" on "staff_user" ("invitation_token_hash");`,
    );

    this.addSql(
      `create table "staff_session" ("token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "staff_session_pkey" primary key ("token_hash"));`,
    );
    this.addSql(`create index "staff_session_expires_at_index" on "staff_session" ("expires_at");`);

    this.addSql(
      `create table "recognition" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "creator_id" uuid not null, "campaign_id" uuid not null, "citation" text not null, "rank" int null, "status" text check ("status" in ('NOMINATED', 'RETURNED_FOR_CHANGES', 'REJECTED', 'SAFETY_REVIEWED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN')) not null default 'NOMINATED', "nominated_by_id" uuid not null, "nominated_at" timestamptz not null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "reviewer_notes" text null, "approved_by_id" uuid null, "approved_at" timestamptz null, "scheduled_by_id" uuid null, "scheduled_for" timestamptz null, "scheduled_time_zone" varchar(255) null, "published_by_id" uuid null, "published_at" timestamptz null, "withdrawn_by_id" uuid null, "withdrawn_at" timestamptz null, "withdrawal_reason" text null, "schedule_failure" text null, "live_slot" varchar(255) null, "safety_findings" jsonb not null, constraint "recognition_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "recognition_scheduled_for_index" on "recognition" ("scheduled_for");`);
    this.addSql(
      `alter table "recognition" add constraint "recognition_live_slot_unique" unique ("live_slot");`,
    );
    this.addSql(
      `create index "recognition_campaign_id_status_index" on "recognition" ("campaign_id", "status");`,
    );

    this.addSql(
      `create table "recognition_featured_video" ("recognition_id" uuid not null, "awareness_video_id" uuid not null, constraint "recognition_featured_video_pkey" primary key ("recognition_id", "awareness_video_id"));`,
    );

    this.addSql(
      `create table "audit_event" ("id" uuid not null, "actor_id" uuid null, "action" varchar(255) not null, "target_type" varchar(255) not null, "target_id" uuid not null, "before" jsonb null, "after" jsonb null, "reason" text null, "request_id" varchar(255) null, "occurred_at" timestamptz not null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");`);
    this.addSql(
      `create index "audit_event_target_type_target_id_index" on "audit_event" ("target_type", "target_id");`,
    );

    this.addSql(
      `create table "training_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "title" varchar(300) not null, "description" text not null default '', "topic" text check ("topic" in ('SAFE_MESSAGING_SUICIDE', 'EATING_DISORDER_RECOVERY', 'GRIEF', 'CRISIS_RESPONSE', 'CREATOR_WELLBEING', 'CAMPAIGN_READINESS')) not null, "facilitator_id" uuid null, "audience" text check ("audience" in ('CREATORS', 'PARTNER_ORGANISATIONS')) not null, "occasion" text check ("occasion" in ('WORLD_MENTAL_HEALTH_DAY', 'WORLD_SUICIDE_PREVENTION_DAY', 'BACK_TO_SCHOOL', 'MENTAL_HEALTH_AWARENESS_MONTH', 'SUICIDE_PREVENTION_WEEK', 'ONGOING')) not null, "campaign_id" uuid null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "time_zone" varchar(255) not null, "capacity" int not null, constraint "training_session_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "training_enrolment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "archived_at" timestamptz null, "session_id" uuid not null, "creator_id" uuid null, "organisation_id" uuid null, "attended_at" timestamptz null, "completed_at" timestamptz null, constraint "training_enrolment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "training_enrolment" add constraint "training_enrolment_session_id_organisation_id_unique" unique ("session_id", "organisation_id");`,
    );
    this.addSql(
      `alter table "training_enrolment" add constraint "training_enrolment_session_id_creator_id_unique" unique ("session_id", "creator_id");`,
    );

    this.addSql(
      `alter table "awareness_video" add constraint "awareness_video_creator_id_foreign" foreign key ("creator_id") references "creator" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "campaign_partner" add constraint "campaign_partner_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "campaign_partner" add constraint "campaign_partner_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "ad_credit_grant" add constraint "ad_credit_grant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "ad_credit_grant" add constraint "ad_credit_grant_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "programming_window" add constraint "programming_window_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "staff_session" add constraint "staff_session_user_id_foreign" foreign key ("user_id") references "staff_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "recognition" add constraint "recognition_creator_id_foreign" foreign key ("creator_id") references "creator" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recognition" add constraint "recognition_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recognition" add constraint "recognition_nominated_by_id_foreign" foreign key ("nominated_by_id") references "staff_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recognition" add constraint "recognition_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "staff_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "recognition" add constraint "recognition_approved_by_id_foreign" foreign key ("approved_by_id") references "staff_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "recognition" add constraint "recognition_scheduled_by_id_foreign" foreign key ("scheduled_by_id") references "staff_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "recognition" add constraint "recognition_published_by_id_foreign" foreign key ("published_by_id") references "staff_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "recognition" add constraint "recognition_withdrawn_by_id_foreign" foreign key ("withdrawn_by_id") references "staff_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "recognition_featured_video" add constraint "recognition_featured_video_recognition_id_foreign" foreign key ("recognition_id") references "recognition" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recognition_featured_video" add constraint "recognition_featured_video_awareness_video_id_foreign" foreign key ("awareness_video_id") references "awareness_video" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "staff_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "training_session" add constraint "training_session_facilitator_id_foreign" foreign key ("facilitator_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "training_session" add constraint "training_session_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "training_enrolment" add constraint "training_enrolment_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "training_enrolment" add constraint "training_enrolment_creator_id_foreign" foreign key ("creator_id") references "creator" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "training_enrolment" add constraint "training_enrolment_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
  }
}
