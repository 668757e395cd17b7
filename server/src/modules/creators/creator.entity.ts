/**
 * A creator who raises mental-health awareness. Public clients see the profile; consent, status and
 * training are staff-only and guarded field by field.
 */
import {
  BeforeCreate,
  BeforeUpdate,
  Collection,
  DateTimeType,
  Embeddable,
  Embedded,
  Entity,
  Enum,
  Index,
  OneToMany,
  Property,
} from '@mikro-orm/core';
import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import { Authorized, Field, ObjectType } from 'type-graphql';
import { Topic } from '../common/domain-enums.js';
import { describeEnum } from '../common/enums.js';
import { ArchivableRecord, NodeType } from '../common/node.js';
import { NAME_SORT_KEY_MAX, nameSortKeyOf } from '../common/sort-key.js';
import { findingsFor, SafetyField, SafetyFindingType, type StoredFinding } from '../safety/safety-finding.js';
import { Permission } from '../staff/staff-role.js';
import type { TrainingEnrolment } from '../training/training-enrolment.entity.js';
import type { AwarenessVideo } from '../videos/awareness-video.entity.js';

export enum CreatorStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

describeEnum(CreatorStatus, 'CreatorStatus', "Whether a creator's account is in good standing.", {
  ACTIVE: 'In good standing; can be spotlighted.',
  SUSPENDED: 'Suspended by the platform; hidden from public queries and never spotlighted.',
});

export enum ConsentScope {
  SPOTLIGHT = 'SPOTLIGHT',
  SPOTLIGHT_AND_PROMOTION = 'SPOTLIGHT_AND_PROMOTION',
}

describeEnum(ConsentScope, 'ConsentScope', 'What a creator agreed to.', {
  SPOTLIGHT: 'Being featured in the in-app awareness hub.',
  SPOTLIGHT_AND_PROMOTION: 'Being featured in the hub and in promotion of the campaign outside the app.',
});

@Embeddable()
@ObjectType({ description: "A creator's consent to be spotlighted (staff only)." })
export class SpotlightConsent {
  @Field(() => GraphQLDateTime, { description: 'When consent was given.' })
  @Property({ type: DateTimeType })
  givenAt!: Date;

  @Field(() => ConsentScope, { description: 'What the creator consented to.' })
  @Enum({ items: () => ConsentScope })
  scope!: ConsentScope;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When consent was withdrawn; a withdrawn consent ends every spotlight.',
  })
  @Property({ type: DateTimeType, nullable: true })
  withdrawnAt: Date | null = null;

  @Field({ description: 'True when consent is on file and not withdrawn.' })
  get active(): boolean {
    return this.withdrawnAt === null;
  }
}

@Entity({ tableName: 'creator' })
/**
 * Covers a filtered list's bounded `totalCount` by topic: the count reads the matches' topics, status and
 * archived date from this index instead of whole rows (`jsonArrayContains` in db/dialect.ts).
 */
@Index({ properties: ['createdAt', 'status', 'archivedAt', 'topics'] })
@NodeType('Creator', { description: 'A creator who makes mental-health awareness content.' })
export class Creator extends ArchivableRecord {
  @Field({ description: 'Unique handle, lower case, without a leading @.' })
  @Property({ unique: true, length: 30 })
  handle!: string;

  @Field({ description: 'Name shown on the profile.' })
  @Property()
  displayName!: string;

  /**
   * The display name folded for sorting (case and accents ignored), so "ava" sorts beside "Ava" on both
   * engines; kept in step with the name on every save.
   */
  @Index()
  @Property({ length: NAME_SORT_KEY_MAX, default: '' })
  nameSortKey: string = '';

  @Field({ description: 'Profile biography.' })
  @Property({ type: 'text' })
  bio: string = '';

  @Field({ description: 'ISO 3166-1 alpha-2 code of where the creator is based.' })
  @Property({ length: 2 })
  region!: string;

  @Field(() => [String], { description: 'BCP 47 language tags the creator posts in.' })
  @Property({ type: 'json' })
  languages: string[] = [];

  @Field(() => [Topic], { description: 'Topics the creator covers.' })
  @Property({ type: 'json' })
  topics: Topic[] = [];

  @Field(() => GraphQLSafeInt, { description: 'Followers on the platform.' })
  @Property()
  followerCount: number = 0;

  @Field({ description: "Link to the creator's profile (https)." })
  @Property({ length: 2048 })
  profileUrl!: string;

  @Authorized(Permission.STAFF_READ)
  @Field(() => CreatorStatus, { nullable: true, description: 'Account standing (staff only).' })
  @Enum({ items: () => CreatorStatus })
  status: CreatorStatus = CreatorStatus.ACTIVE;

  @Authorized(Permission.STAFF_READ)
  @Field(() => SpotlightConsent, {
    nullable: true,
    description: 'Spotlight consent on file, if any (staff only).',
  })
  @Embedded(() => SpotlightConsent, { nullable: true, prefix: 'consent_' })
  consent: SpotlightConsent | null = null;

  @Authorized(Permission.STAFF_READ)
  @Field(() => [SafetyFindingType], {
    nullable: true,
    description: 'Safe-messaging findings in the biography, from its last save (staff only).',
  })
  @Property({ type: 'json' })
  safetyFindings: StoredFinding[] = [];

  /** Every save re-checks the biography, so stored findings always match the stored text. */
  @BeforeCreate()
  @BeforeUpdate()
  recheckSafety(): void {
    this.safetyFindings = findingsFor({ [SafetyField.BIO]: this.bio }, this.topics);
    this.nameSortKey = nameSortKeyOf(this.displayName);
  }

  @OneToMany('AwarenessVideo', 'creator')
  videos = new Collection<AwarenessVideo>(this);

  @OneToMany('TrainingEnrolment', 'creator')
  enrolments = new Collection<TrainingEnrolment>(this);
}
