/**
 * The largest ad-credit totals per campaign and per organisation: a bar chart of each with the same figures
 * as a table, and a line with the currency's grand total and how many share it. The server sums every
 * unarchived grant; amounts in different currencies are never added, so the totals are of one currency at a
 * time, chosen here when grants are in more than one (and kept in the URL as `totals-currency`).
 */
import { NativeSelect, SimpleGrid, Stack, Table } from '@mantine/core';
import { useQuery } from 'urql';
import { BarChart, ChartFigure } from '../../common/charts/charts';
import { useListParams } from '../../common/data-table/use-list-params';
import { EmptyState, QueryState } from '../../common/query-state/query-state';
import type { GrantTotalsPartsFragment } from '../../gql/graphql';
import { GrantTotalsQuery } from './grants.operations';
import { formatMoney, formatMoneyShort, minorDigits } from './money';

/** How many campaigns and organisations each chart shows. */
export const TOP = 10;

const toMinorUnits = (major: number, currency: string) => Math.round(major * 10 ** minorDigits(currency));

const count = (n: number, singular: string, plural: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;

/**
 * What the totals add up to: "$2,150,000.00 granted to 45 organisations; the 10 largest are shown.", so
 * nobody takes the chart for every holder when there are more.
 */
export function totalsLine(totals: GrantTotalsPartsFragment, singular: string, plural: string): string {
  const { holderCount: n, top } = totals;
  if (n === 0) return `No ${plural} have grants in ${totals.currency}.`;
  const granted = `${totals.grandTotal.formatted} granted to ${count(n, singular, plural)}`;
  if (n === 1) return `${granted}.`;
  return n > top.length ? `${granted}; the ${top.length} largest are shown.` : `${granted}, all shown.`;
}

function TotalsFigure({
  caption,
  noun,
  plural,
  totals,
}: {
  caption: string;
  noun: string;
  plural: string;
  totals: GrantTotalsPartsFragment;
}) {
  const { currency } = totals;
  const rows = totals.top.map(({ holder, total }) => ({
    id: holder.id,
    name: holder.archivedAt ? `${holder.name} (archived)` : holder.name,
    total,
  }));
  return (
    <ChartFigure
      caption={caption}
      summary={totalsLine(totals, noun.toLowerCase(), plural)}
      table={
        <Table withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{noun}</Table.Th>
              <Table.Th scope="col" ta="right">
                Total granted
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={500}>
                  {row.name}
                </Table.Th>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {row.total.formatted}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <BarChart
        h={Math.max(160, rows.length * 44)}
        data={rows.map((row) => ({
          name: row.name,
          amount: row.total.amountMinor / 10 ** minorDigits(currency),
        }))}
        dataKey="name"
        orientation="vertical"
        maxBarWidth={32}
        yAxisProps={{ width: 130 }}
        // Whole amounts in the tooltip; short ones ("$260K") on the axis, where full ones crowd out ticks.
        valueFormatter={(value: number) => formatMoney(toMinorUnits(value, currency), currency)}
        xAxisProps={{
          tickFormatter: (value: number) => formatMoneyShort(toMinorUnits(value, currency), currency),
        }}
        series={[{ name: 'amount', label: `Granted (${currency})`, color: 'indigo.6' }]}
      />
    </ChartFigure>
  );
}

/** The totals' own params in the URL (`totals-currency`), apart from the grants list's. */
const TOTALS_ORDER = ['LARGEST'] as const;
const CURRENCY_CODE = /^[A-Z]{3}$/;

export function GrantTotals() {
  // The chosen currency is kept in the URL, so a reload or a link shows the same totals. None (or one
  // that is no currency code, from an old or mistyped link): the server's choice, the currency most
  // grants are in.
  const totals = useListParams({
    prefix: 'totals-',
    filters: ['currency'],
    sorts: TOTALS_ORDER,
    defaultSort: 'LARGEST',
  });
  const asked = totals.get('currency');
  const currency = asked && CURRENCY_CODE.test(asked) ? asked : null;
  const [result, retry] = useQuery({ query: GrantTotalsQuery, variables: { currency, first: TOP } });
  // urql keeps the totals shown (and so the currency choice, and its focus) while another currency's load.
  return (
    <QueryState
      result={result}
      retry={retry}
      loading="Loading totals…"
      errorTitle="Totals could not be loaded"
      isEmpty={(data) => data.byCampaign.currencies.length === 0}
      empty={
        <EmptyState title="No grants to total yet">
          Totals per campaign and organisation appear here once a grant is recorded.
        </EmptyState>
      }
    >
      {({ byCampaign, byOrganisation }) => {
        const { currencies } = byCampaign;
        const options = currencies.includes(byCampaign.currency)
          ? currencies
          : [...currencies, byCampaign.currency].sort();
        return (
          <Stack gap="md" mb="xl" aria-busy={result.fetching}>
            {options.length > 1 && (
              <NativeSelect
                label="Show totals in"
                description="Amounts in different currencies are never added together."
                data={options}
                value={byCampaign.currency}
                onChange={(event) => totals.set({ currency: event.currentTarget.value })}
                maw={420}
              />
            )}
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
              <TotalsFigure
                caption={`Top ${TOP} campaigns by ad credits (${byCampaign.currency})`}
                noun="Campaign"
                plural="campaigns"
                totals={byCampaign}
              />
              <TotalsFigure
                caption={`Top ${TOP} organisations by ad credits (${byOrganisation.currency})`}
                noun="Organisation"
                plural="organisations"
                totals={byOrganisation}
              />
            </SimpleGrid>
          </Stack>
        );
      }}
    </QueryState>
  );
}
