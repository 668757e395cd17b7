/**
 * Totals of ad credits per campaign and per organisation: a bar chart of each (one currency at a time:
 * amounts in different currencies are never added up) with the same figures as a table beside it.
 */
import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { BarChart, ChartFigure } from '../../common/charts/charts';
import { formatMoney, formatMoneyShort, minorDigits } from './money';

interface Total {
  amountMinor: number;
  currency: string;
  formatted: string;
}
interface Holder {
  id: string;
  name: string;
  grantTotal?: readonly Total[] | null;
}

const toMinorUnits = (major: number, currency: string) => Math.round(major * 10 ** minorDigits(currency));

/** The currency most of the money is in: the one the charts draw. */
export function chartCurrency(holders: readonly Holder[]): string {
  const counts = new Map<string, number>();
  for (const h of holders)
    for (const t of h.grantTotal ?? []) counts.set(t.currency, (counts.get(t.currency) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USD';
}

/** A first page of holders, with how many there are in all. */
interface Holders {
  totalCount: number;
  nodes: readonly Holder[];
}

/**
 * What a figure drawn from the first page of holders says when there are more ("Totals of the first 100 of
 * 400 organisations, by name."), so nobody takes it for every grant; null when it holds them all.
 */
export function notAllTotalled(holders: Holders, plural: string, order: string): string | null {
  return holders.totalCount > holders.nodes.length
    ? `Totals of the first ${holders.nodes.length.toLocaleString('en-GB')} of ${holders.totalCount.toLocaleString('en-GB')} ${plural}, ${order}. Filter the list below to see any other’s grants.`
    : null;
}

function TotalsFigure({
  caption,
  noun,
  holders,
  currency,
  note,
}: {
  caption: string;
  noun: string;
  holders: readonly Holder[];
  currency: string;
  note: string | null;
}) {
  const withGrants = holders.filter((h) => (h.grantTotal ?? []).length > 0);
  const rows = withGrants
    .map((h) => ({ name: h.name, total: h.grantTotal?.find((t) => t.currency === currency) }))
    .filter((r) => r.total)
    .map((r) => ({ name: r.name, amount: (r.total?.amountMinor ?? 0) / 10 ** minorDigits(currency) }))
    .sort((a, b) => b.amount - a.amount);
  const figure = (
    <ChartFigure
      caption={caption}
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
            {withGrants.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Th scope="row" fw={500}>
                  {h.name}
                </Table.Th>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {(h.grantTotal ?? []).map((t) => t.formatted).join('; ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <BarChart
        h={Math.max(160, rows.length * 44)}
        data={rows}
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
  return note ? (
    <Stack gap="xs">
      {figure}
      <Text size="sm" c="dimmed">
        {note}
      </Text>
    </Stack>
  ) : (
    figure
  );
}

export function GrantTotals({ campaigns, organisations }: { campaigns: Holders; organisations: Holders }) {
  const currency = chartCurrency([...campaigns.nodes, ...organisations.nodes]);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl" mb="xl">
      <TotalsFigure
        caption={`Ad credits by campaign (${currency})`}
        noun="Campaign"
        holders={campaigns.nodes}
        currency={currency}
        note={notAllTotalled(campaigns, 'campaigns', 'newest first')}
      />
      <TotalsFigure
        caption={`Ad credits by organisation (${currency})`}
        noun="Organisation"
        holders={organisations.nodes}
        currency={currency}
        note={notAllTotalled(organisations, 'organisations', 'by name')}
      />
    </SimpleGrid>
  );
}
