/** A campaign of the programme (a year's awareness moment), its programming windows and partners. */
import {
  BeforeCreate,
  BeforeUpdate,
  Collection,
  DateTimeType,
  Entity,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int } from 'type-graphql';
import { ArchivableRecord, BaseRecord, NodeType } from '../common/node.js';
import { GraphQLLocalDate } from '../common/scalars.js';
import { NAME_SORT_KEY_MAX, nameSortKeyOf } from '../common/sort-key.js';
import { Organisation } from '../organisations/organisation.entity.js';

@Entity({ tableName: 'campaign' })
/**
 * The name order's keyset (`orderBy: NAME`, then id): a page of campaigns by name, and the page after a
 * cursor, are read from this index in order, without sorting the table.
 */
@Index({ properties: ['nameSortKey', 'id'] })
@NodeType('Campaign', {
  description: 'An awareness campaign: its dates, programming windows, partners and spotlight.',
})
export class Campaign extends ArchivableRecord {
  @Field({ description: 'URL-safe unique name, for example `mental-health-awareness-month-2023`.' })
  @Property({ unique: true })
  slug!: string;

  @Field({ description: 'Campaign name.' })
  @Property()
  name!: string;

  /**
   * The name folded for sorting (case and accents ignored, common/sort-key.ts), so "émotions" sorts beside
   * "Emotions" on both engines; kept in step with the name on every save.
   */
  @Property({ length: NAME_SORT_KEY_MAX, default: '' })
  nameSortKey: string = '';

  @Field({ description: 'The hashtag that leads to the campaign hub, with its #.' })
  @Property()
  hashtag!: string;

  @Field({ description: 'The campaign theme in a sentence.' })
  @Property({ type: 'text' })
  theme!: string;

  @Field({ description: 'What the campaign does and why.' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => GraphQLLocalDate, { description: 'First day of the campaign.' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the campaign (inclusive).' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => Int, { description: 'How many creators the campaign may spotlight at once.' })
  @Property()
  spotlightCapacity: number = 10;

  @OneToMany(
    () => ProgrammingWindow,
    (w) => w.campaign,
    { orderBy: { startsAt: 'asc', id: 'asc' } },
  )
  programmingWindows = new Collection<ProgrammingWindow>(this);

  @ManyToMany(() => Organisation, undefined, { pivotTable: 'campaign_partner', owner: true })
  partners = new Collection<Organisation>(this);

  @BeforeCreate()
  @BeforeUpdate()
  foldName(): void {
    this.nameSortKey = nameSortKeyOf(this.name);
  }
}

@Entity({ tableName: 'programming_window' })
@NodeType('ProgrammingWindow', { description: 'A period of curated in-app programming within a campaign.' })
export class ProgrammingWindow extends BaseRecord {
  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @Field({ description: 'What runs in this window.' })
  @Property()
  title!: string;

  @Field({ description: 'Details of the programming.' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => GraphQLDateTime, { description: 'When the window opens.' })
  @Property({ type: DateTimeType })
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the window closes.' })
  @Property({ type: DateTimeType })
  endsAt!: Date;

  @Field({ description: 'IANA time zone the window is planned in, for display.' })
  @Property()
  timeZone!: string;
}
