/**
 * A recognition (spotlight) of a creator in a campaign: the record and who did each step. The lifecycle's
 * transitions live with the spotlight workflow; its note thread (recognition-note.entity.ts) never has a
 * public path.
 */
import {
  BeforeCreate,
  BeforeUpdate,
  Collection,
  DateTimeType,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Authorized, Field, Int } from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity.js';
import { describeEnum } from '../common/enums.js';
import { ArchivableRecord, NodeType } from '../common/node.js';
import { Creator } from '../creators/creator.entity.js';
import { findingsFor, SafetyField, SafetyFindingType, type StoredFinding } from '../safety/safety-finding.js';
import { Permission } from '../staff/staff-role.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { AwarenessVideo } from '../videos/awareness-video.entity.js';

export enum RecognitionStatus {
  NOMINATED = 'NOMINATED',
  RETURNED_FOR_CHANGES = 'RETURNED_FOR_CHANGES',
  REJECTED = 'REJECTED',
  SAFETY_REVIEWED = 'SAFETY_REVIEWED',
  APPROVED = 'APPROVED',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

describeEnum(RecognitionStatus, 'RecognitionStatus', 'Where a spotlight is in its lifecycle.', {
  NOMINATED: 'An editor nominated the creator; awaiting safety review.',
  RETURNED_FOR_CHANGES: 'The safety reviewer asked the nominator for changes.',
  REJECTED: 'The safety reviewer rejected the nomination.',
  SAFETY_REVIEWED: 'A safety reviewer signed it off; awaiting approval.',
  APPROVED: 'A publisher approved it; ready to schedule or publish.',
  SCHEDULED: 'Set to publish at `scheduledFor`.',
  PUBLISHED: 'Live in the public awareness hub.',
  WITHDRAWN: 'Taken down after publishing.',
});

/** The safe-messaging findings of a citation: stored on save, and computed for a citation not yet saved. */
export const citationFindings = (citation: string): StoredFinding[] =>
  findingsFor({ [SafetyField.CITATION]: citation }, []);

@Entity({ tableName: 'recognition' })
@Index({ properties: ['campaign', 'status'] })
@NodeType('Recognition', {
  description: 'A spotlight of a creator in a campaign, and its review trail (staff only).',
})
export class Recognition extends ArchivableRecord {
  @ManyToOne(() => Creator)
  creator!: Rel<Creator>;

  @ManyToOne(() => Campaign)
  campaign!: Rel<Campaign>;

  @Field({ description: 'Why the creator is recognised.' })
  @Property({ type: 'text' })
  citation!: string;

  @ManyToMany(() => AwarenessVideo, undefined, { pivotTable: 'recognition_featured_video', owner: true })
  featuredVideos = new Collection<AwarenessVideo>(this);

  @Field(() => Int, { nullable: true, description: "Position in the campaign's spotlight, 1 first." })
  @Property({ type: 'integer', nullable: true })
  rank: number | null = null;

  @Field(() => RecognitionStatus, { description: 'Where it is in its lifecycle.' })
  @Enum({ items: () => RecognitionStatus })
  status: RecognitionStatus = RecognitionStatus.NOMINATED;

  @ManyToOne(() => StaffUser)
  nominatedBy!: Rel<StaffUser>;

  @Field(() => GraphQLDateTime, { description: 'When it was nominated.' })
  @Property({ type: DateTimeType })
  nominatedAt: Date = new Date();

  @ManyToOne(() => StaffUser, { nullable: true })
  reviewedBy: Rel<StaffUser> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the safety review decided.' })
  @Property({ type: DateTimeType, nullable: true })
  reviewedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { nullable: true })
  approvedBy: Rel<StaffUser> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was approved.' })
  @Property({ type: DateTimeType, nullable: true })
  approvedAt: Date | null = null;

  /** Who scheduled it; a scheduled publish acts in their name when it fires. */
  @ManyToOne(() => StaffUser, { nullable: true })
  scheduledBy: Rel<StaffUser> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it is scheduled to publish.' })
  @Index()
  @Property({ type: DateTimeType, nullable: true })
  scheduledFor: Date | null = null;

  @Field(() => String, { nullable: true, description: 'IANA time zone the schedule was set in.' })
  @Property({ type: 'string', nullable: true })
  scheduledTimeZone: string | null = null;

  @ManyToOne(() => StaffUser, { nullable: true })
  publishedBy: Rel<StaffUser> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was published.' })
  @Property({ type: DateTimeType, nullable: true })
  publishedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { nullable: true })
  withdrawnBy: Rel<StaffUser> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was withdrawn.' })
  @Property({ type: DateTimeType, nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  @Property({ type: 'text', nullable: true })
  withdrawalReason: string | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the last scheduled publish did not happen (the failed eligibility checks); null when it did or none ran.',
  })
  @Property({ type: 'text', nullable: true })
  scheduleFailure: string | null = null;

  /**
   * `<creator>:<campaign>` while the nomination is live, null once rejected or withdrawn: the unique index
   * on it keeps one live nomination per creator per campaign, even under concurrent nominations.
   */
  @Property({ type: 'string', nullable: true, unique: true })
  liveSlot: string | null = null;

  @Authorized(Permission.STAFF_READ)
  @Field(() => [SafetyFindingType], {
    nullable: true,
    description: 'Safe-messaging findings in the citation, from its last save.',
  })
  @Property({ type: 'json' })
  safetyFindings: StoredFinding[] = [];

  /** Every save re-checks the citation, so stored findings always match the stored text. */
  @BeforeCreate()
  @BeforeUpdate()
  recheckSafety(): void {
    this.safetyFindings = citationFindings(this.citation);
  }
}
