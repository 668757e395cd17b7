/** Arguments and inputs of the ad-credit grant queries and mutations. */
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { describeEnum } from '../common/enums.js';
import { UpdateInputBase } from '../common/inputs.js';
import { IsOmittable } from '../common/validators.js';
import { GrantStatus } from './ad-credit-grant.entity.js';

const CURRENCY = /^[A-Z]{3}$/;
const CURRENCY_MESSAGE = 'currency must be an ISO 4217 code in upper case, such as USD';
const NOTE_MAX = 2_000;
/**
 * The largest single grant, in minor units (10 billion in a two-decimal currency). It keeps a campaign's
 * grant total, summed over thousands of grants, an exact integer (SafeInt) rather than one that overflows.
 */
export const GRANT_AMOUNT_MAX = 1_000_000_000_000;

export enum GrantOrder {
  NEWEST = 'NEWEST',
  LARGEST = 'LARGEST',
}

describeEnum(GrantOrder, 'GrantOrder', 'How to order a list of ad-credit grants.', {
  NEWEST: 'Most recently recorded first (the default).',
  LARGEST:
    'Largest amount first within each currency, currencies A to Z (amounts in different currencies are never compared).',
});

export enum GrantHolderKind {
  CAMPAIGN = 'CAMPAIGN',
  ORGANISATION = 'ORGANISATION',
}

describeEnum(GrantHolderKind, 'GrantHolderKind', 'What ad-credit grants are totalled by.', {
  CAMPAIGN: 'The campaign each grant is for.',
  ORGANISATION: 'The organisation each grant goes to.',
});

/** How many holders `adCreditGrantTotals` returns when not told, and the most it returns. */
export const GRANT_TOTALS_FIRST_DEFAULT = 10;
export const GRANT_TOTALS_FIRST_MAX = 50;

@ArgsType()
export class GrantTotalsArgs {
  @Field(() => GrantHolderKind, { description: 'Total the grants of each campaign or of each organisation.' })
  @IsIn(Object.values(GrantHolderKind))
  by!: GrantHolderKind;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO 4217 code of the currency to total (amounts in different currencies are never added). Left out: the currency most unarchived grants are in (ties A to Z).',
  })
  @IsOptional()
  @Matches(CURRENCY, { message: CURRENCY_MESSAGE })
  currency?: string | null;

  @Field(() => Int, {
    defaultValue: GRANT_TOTALS_FIRST_DEFAULT,
    description: `How many holders to return, largest total first (1 to ${GRANT_TOTALS_FIRST_MAX}).`,
  })
  @IsInt()
  @Min(1)
  @Max(GRANT_TOTALS_FIRST_MAX)
  first!: number;
}

@InputType({ description: 'Which ad-credit grants to list.' })
export class GrantFilter {
  @Field(() => ID, { nullable: true, description: 'Only grants of this campaign.' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only grants to this organisation.' })
  organisationId?: string | null;

  @Field(() => GrantStatus, { nullable: true, description: 'Only grants at this status.' })
  status?: GrantStatus | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include archived grants.' })
  includeArchived?: boolean;
}

@InputType({ description: 'A new ad-credit grant.' })
export class CreateAdCreditGrantInput {
  @Field(() => ID, { description: 'The organisation receiving the credits.' })
  organisationId!: string;

  @Field(() => ID, { description: 'The campaign the credits are for.' })
  campaignId!: string;

  @Field(() => GraphQLSafeInt, {
    description: `Amount in integer minor units of the currency (cents for USD); 1 to ${GRANT_AMOUNT_MAX}.`,
  })
  @IsInt()
  @Min(1)
  @Max(GRANT_AMOUNT_MAX)
  amountMinor!: number;

  @Field({ defaultValue: 'USD', description: 'ISO 4217 currency code in upper case.' })
  @Matches(CURRENCY, { message: CURRENCY_MESSAGE })
  currency!: string;

  @Field(() => GrantStatus, { defaultValue: GrantStatus.PLEDGED, description: 'How far the grant has gone.' })
  @IsIn(Object.values(GrantStatus))
  status!: GrantStatus;

  @Field({
    defaultValue: false,
    description: 'True when the amount is illustrative (no per-organisation split was published).',
  })
  @IsBoolean()
  illustrative!: boolean;

  @Field({ defaultValue: '', description: 'Notes for staff, such as where the figure comes from.' })
  @IsString()
  @MaxLength(NOTE_MAX)
  note!: string;
}

@InputType({ description: 'Changes to an ad-credit grant; fields left out stay as they are.' })
export class UpdateAdCreditGrantInput extends UpdateInputBase {
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: `New amount in integer minor units; 1 to ${GRANT_AMOUNT_MAX}.`,
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(GRANT_AMOUNT_MAX)
  amountMinor?: number;

  @Field(() => String, { nullable: true, description: 'New ISO 4217 currency code.' })
  @IsOmittable()
  @Matches(CURRENCY, { message: CURRENCY_MESSAGE })
  currency?: string;

  @Field(() => GrantStatus, { nullable: true, description: 'New status.' })
  @IsOmittable()
  @IsIn(Object.values(GrantStatus))
  status?: GrantStatus;

  @Field(() => Boolean, { nullable: true, description: 'Whether the amount is illustrative.' })
  @IsOmittable()
  @IsBoolean()
  illustrative?: boolean;

  @Field(() => String, { nullable: true, description: 'New note for staff.' })
  @IsOmittable()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string;
}
