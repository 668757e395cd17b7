/** Money as integer minor units with an ISO 4217 currency; never a float. */
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

const MINOR_DIGITS: Record<string, number> = { JPY: 0, KRW: 0, BHD: 3, KWD: 3 };

export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency] ?? 2;
}

@ObjectType({ description: 'An amount of money in integer minor units (cents for USD) and its currency.' })
export class Money {
  @Field(() => GraphQLSafeInt, { description: 'Amount in minor units of the currency; never fractional.' })
  amountMinor!: number;

  @Field({ description: 'ISO 4217 currency code.' })
  currency!: string;

  @Field({ description: 'The amount formatted for display in en-US, for example `$250,000.00`.' })
  get formatted(): string {
    const digits = minorDigits(this.currency);
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: this.currency }).format(
      this.amountMinor / 10 ** digits,
    );
  }

  static of(amountMinor: number, currency: string): Money {
    return Object.assign(new Money(), { amountMinor, currency });
  }
}
