/** Ad credits granted to a partner organisation within a campaign. Money is integer minor units. */
import { BigIntType, Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field } from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity.js';
import { describeEnum } from '../common/enums.js';
import { Money } from '../common/money.js';
import { ArchivableRecord, NodeType } from '../common/node.js';
import { Organisation } from '../organisations/organisation.entity.js';

export enum GrantStatus {
  PLEDGED = 'PLEDGED',
  ALLOCATED = 'ALLOCATED',
  DISBURSED = 'DISBURSED',
}

describeEnum(GrantStatus, 'GrantStatus', 'How far an ad-credit grant has gone.', {
  PLEDGED: 'Promised to the organisation.',
  ALLOCATED: 'Set aside in the ads system for the organisation.',
  DISBURSED: 'Made available for the organisation to spend.',
});

@Entity({ tableName: 'ad_credit_grant' })
@NodeType('AdCreditGrant', { description: 'Ad credits granted to a partner organisation for a campaign.' })
export class AdCreditGrant extends ArchivableRecord {
  @ManyToOne(() => Organisation)
  organisation!: Rel<Organisation>;

  @ManyToOne(() => Campaign)
  campaign!: Rel<Campaign>;

  /** Amount in minor units of `currency` (cents for USD). */
  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  /** ISO 4217 code. */
  @Property({ length: 3 })
  currency: string = 'USD';

  @Field(() => Money, { description: 'The amount granted.' })
  get amount(): Money {
    return Money.of(this.amountMinor, this.currency);
  }

  @Field(() => GrantStatus, { description: 'How far the grant has gone.' })
  @Enum({ items: () => GrantStatus })
  status: GrantStatus = GrantStatus.PLEDGED;

  @Field({ description: 'True when the amount is illustrative (no per-organisation split was published).' })
  @Property()
  illustrative: boolean = false;

  @Field({ description: 'Notes for staff, such as where the figure comes from.' })
  @Property({ type: 'text' })
  note: string = '';
}
