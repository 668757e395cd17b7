/**
 * A recognition (spotlight) of a creator in a campaign: the record and who did each step. The lifecycle's
 * transitions live with the spotlight workflow; reviewer notes never have a public path.
 */
import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity.js';
import { describeEnum } from '../common/enums.js';
import { ArchivableRecord, Node } from '../common/node.js';
import { Creator } from '../creators/creator.entity.js';
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

@Entity({ tableName: 'recognition' })
@Index({ properties: ['campaign', 'status'] })
@ObjectType({
  implements: Node,
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
  @Property({ type: 'datetime' })
  nominatedAt: Date = new Date();

  @ManyToOne(() => StaffUser, { nullable: true })
  reviewedBy: Rel<StaffUser> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the safety review decided.' })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  /** Private to staff; read through its guarded resolver, never from a public path. */
  @Property({ type: 'text', nullable: true })
  reviewerNotes: string | null = null;

  @ManyToOne(() => StaffUser, { nullable: true })
  approvedBy: Rel<StaffUser> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was approved.' })
  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it is scheduled to publish.' })
  @Index()
  @Property({ type: 'datetime', nullable: true })
  scheduledFor: Date | null = null;

  @Field(() => String, { nullable: true, description: 'IANA time zone the schedule was set in.' })
  @Property({ type: 'string', nullable: true })
  scheduledTimeZone: string | null = null;

  @ManyToOne(() => StaffUser, { nullable: true })
  publishedBy: Rel<StaffUser> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was published.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { nullable: true })
  withdrawnBy: Rel<StaffUser> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was withdrawn.' })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  @Property({ type: 'text', nullable: true })
  withdrawalReason: string | null = null;
}
