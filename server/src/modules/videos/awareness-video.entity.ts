/** An awareness video a creator posted, with its metrics; its content advisory derives from its topics. */
import {
  BeforeCreate,
  BeforeUpdate,
  BigIntType,
  DateTimeType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { GraphQLDateTime, GraphQLSafeInt } from 'graphql-scalars';
import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { ContentStrategy, Topic } from '../common/domain-enums.js';
import { ArchivableRecord, NodeType } from '../common/node.js';
import { Creator } from '../creators/creator.entity.js';
import { findingsFor, SafetyField, SafetyFindingType, type StoredFinding } from '../safety/safety-finding.js';
import { Permission } from '../staff/staff-role.js';

@ObjectType({ description: 'How a video has performed.' })
export class VideoMetrics {
  @Field(() => GraphQLSafeInt, { description: 'Views.' })
  views!: number;

  @Field(() => GraphQLSafeInt, { description: 'Likes.' })
  likes!: number;

  @Field(() => GraphQLSafeInt, { description: 'Shares.' })
  shares!: number;
}

@Entity({ tableName: 'awareness_video' })
@Index({ properties: ['creator', 'publishedAt'] })
/**
 * Covers a filtered list's bounded `totalCount` by topic: the count reads the matches' topics and archived
 * date from this index instead of whole rows (`jsonArrayContains` in db/dialect.ts).
 */
@Index({ properties: ['publishedAt', 'archivedAt', 'topics'] })
@NodeType('AwarenessVideo', { description: 'A video a creator posted to raise mental-health awareness.' })
export class AwarenessVideo extends ArchivableRecord {
  @ManyToOne(() => Creator)
  creator!: Rel<Creator>;

  @Field({ description: 'Title of the video.' })
  @Property({ length: 300 })
  title!: string;

  @Field({ description: 'The caption as posted.' })
  @Property({ type: 'text' })
  caption: string = '';

  @Field({ description: 'Link to the video (https).' })
  @Property({ length: 2048 })
  url!: string;

  @Field(() => GraphQLDateTime, { description: 'When the creator posted it.' })
  @Index()
  @Property({ type: DateTimeType })
  publishedAt!: Date;

  @Field(() => Int, { description: 'Length in seconds.' })
  @Property()
  durationSeconds!: number;

  @Field(() => ContentStrategy, { description: 'The content strategy the video uses.' })
  @Enum({ items: () => ContentStrategy })
  strategy!: ContentStrategy;

  @Field(() => [Topic], { description: 'What the video is about; sensitive topics give it an advisory.' })
  @Property({ type: 'json' })
  topics: Topic[] = [];

  @Field(() => [String], { description: 'Hashtags on the video, lower case without #.' })
  @Property({ type: 'json' })
  hashtags: string[] = [];

  @Property({ type: new BigIntType('number') })
  views: number = 0;

  @Property({ type: new BigIntType('number') })
  likes: number = 0;

  @Property({ type: new BigIntType('number') })
  shares: number = 0;

  /** A staff override of the advisory's warning text; the derived flags never change. */
  @Property({ type: 'text', nullable: true })
  advisoryWarningOverride: string | null = null;

  @Authorized(Permission.STAFF_READ)
  @Field(() => [SafetyFindingType], {
    nullable: true,
    description: 'Safe-messaging findings in the title and caption, from its last save (staff only).',
  })
  @Property({ type: 'json' })
  safetyFindings: StoredFinding[] = [];

  /** Every save re-checks the title and caption, so stored findings always match the stored text. */
  @BeforeCreate()
  @BeforeUpdate()
  recheckSafety(): void {
    this.safetyFindings = findingsFor(
      { [SafetyField.TITLE]: this.title, [SafetyField.CAPTION]: this.caption },
      this.topics,
    );
  }

  @Field(() => VideoMetrics, { description: 'Views, likes and shares.' })
  get metrics(): VideoMetrics {
    return Object.assign(new VideoMetrics(), { views: this.views, likes: this.likes, shares: this.shares });
  }
}
