/**
 * Ad-credit totals per campaign or per organisation, for the staff dashboard's charts: the unarchived
 * grants of one currency summed per holder in the database (GROUP BY), the largest few returned, with the
 * currency's grand total and how many holders it is spread over. Amounts in different currencies are never
 * added: a client picks one of `currencies`.
 */
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity.js';
import { columnOf, requiredById } from '../common/batch.js';
import type { Context } from '../common/context.js';
import { Money } from '../common/money.js';
import { typeNameOf } from '../common/node.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { AdCreditGrant } from './ad-credit-grant.entity.js';
import { GrantHolderKind, type GrantTotalsArgs } from './grant.inputs.js';

export const GrantHolder = createUnionType({
  name: 'GrantHolder',
  description: 'What ad-credit grants are totalled by: a campaign or an organisation.',
  types: () => [Campaign, Organisation] as const,
  resolveType: (value) => typeNameOf(value),
});

@ObjectType('GrantHolderTotal', { description: "One holder's unarchived grants in one currency, summed." })
export class GrantHolderTotal {
  @Field(() => GrantHolder, { description: 'The campaign or organisation (archived ones too).' })
  holder!: Campaign | Organisation;

  @Field(() => Money, { description: 'The sum of its unarchived grants in the currency, exactly.' })
  total!: Money;
}

@ObjectType('GrantTotals', {
  description: 'Unarchived ad-credit grants in one currency, totalled per campaign or per organisation.',
})
export class GrantTotals {
  @Field({ description: 'ISO 4217 code of the currency everything here is in.' })
  currency!: string;

  @Field(() => [String], {
    description: 'Every currency with unarchived grants, A to Z: the ones a client can ask to total.',
  })
  currencies!: string[];

  @Field(() => Money, { description: 'The sum of every unarchived grant in the currency.' })
  grandTotal!: Money;

  @Field(() => Int, { description: 'How many campaigns (or organisations) have unarchived grants in it.' })
  holderCount!: number;

  @Field(() => [GrantHolderTotal], {
    description:
      'The `first` holders with the largest totals, largest first; equal totals by name (a campaign by its name folded for sorting), then ID.',
  })
  top!: GrantHolderTotal[];
}

/** Which grant column links a grant to its holder, and what the holder's name sorts by. */
const HOLDERS = {
  [GrantHolderKind.CAMPAIGN]: { entity: Campaign, link: 'campaign', name: 'nameSortKey' },
  [GrantHolderKind.ORGANISATION]: { entity: Organisation, link: 'organisation', name: 'name' },
} as const;

// PostgreSQL answers SUM(bigint) as numeric and COUNT as bigint, both as text; SQLite as numbers.
type Counted = number | string;

interface CurrencyRow {
  currency: string;
  grants: Counted;
}

interface HolderRow {
  holder_id: string;
  total: Counted;
  /** How many holders have grants in the currency, and all of theirs summed: the same on every row. */
  holders: Counted;
  grand_total: Counted;
}

export async function grantTotals(ctx: Context, args: GrantTotalsArgs): Promise<GrantTotals> {
  const em = ctx.em as SqlEntityManager;
  const knex = em.getKnex();
  const connection = em.getConnection();
  const holder = HOLDERS[args.by];
  const grants = em.getMetadata().get<AdCreditGrant>(AdCreditGrant.name);
  const holders = em.getMetadata().get(holder.entity.name);
  const [holderId, currencyOf, amount, archivedAt] = [
    holder.link,
    'currency',
    'amountMinor',
    'archivedAt',
  ].map(columnOf(grants)) as [string, string, string, string];

  // The currencies with unarchived grants, and how many grants each has (to choose one when none is asked).
  const perCurrency: CurrencyRow[] = await connection.execute(
    knex(grants.tableName)
      .select(knex.ref(currencyOf).as('currency'), knex.raw('count(*) as ??', ['grants']))
      .whereNull(archivedAt)
      .groupBy(currencyOf),
  );
  const currencies = perCurrency.map((r) => r.currency).sort();
  const currency =
    args.currency ??
    [...perCurrency].sort(
      (a, b) => Number(b.grants) - Number(a.grants) || (a.currency < b.currency ? -1 : 1),
    )[0]?.currency ??
    'USD';

  // Summed per holder from the grant table alone, then joined to the holders to order ties by name; the
  // window functions count and sum every holder's total before the limit keeps the largest.
  const sums = knex(grants.tableName)
    .select(knex.ref(holderId).as('holder_id'), knex.raw('sum(??) as ??', [amount, 'total']))
    .whereNull(archivedAt)
    .where(currencyOf, currency)
    .groupBy(holderId)
    .as('t');
  const holderKey = `h.${columnOf(holders)('id')}`;
  const rows: HolderRow[] = currencies.includes(currency)
    ? await connection.execute(
        knex
          .select(
            't.holder_id',
            't.total',
            knex.raw('count(*) over () as ??', ['holders']),
            knex.raw('sum(??) over () as ??', ['t.total', 'grand_total']),
          )
          .from(sums)
          .join({ h: holders.tableName }, holderKey, 't.holder_id')
          .orderBy([
            { column: 't.total', order: 'desc' },
            { column: `h.${columnOf(holders)(holder.name)}`, order: 'asc' },
            { column: holderKey, order: 'asc' },
          ])
          .limit(args.first),
      )
    : [];
  const top = await Promise.all(
    rows.map(async (row) =>
      Object.assign(new GrantHolderTotal(), {
        holder: await requiredById(ctx, holder.entity, row.holder_id),
        total: Money.of(Number(row.total), currency),
      }),
    ),
  );

  return Object.assign(new GrantTotals(), {
    currency,
    currencies,
    grandTotal: Money.of(Number(rows[0]?.grand_total ?? 0), currency),
    holderCount: Number(rows[0]?.holders ?? 0),
    top,
  });
}
