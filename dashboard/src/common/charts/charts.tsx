/**
 * Charts, loaded on demand, inside a <figure> with a caption and the same figures as a table: a chart alone
 * says nothing to a screen reader or to someone who needs exact numbers.
 *
 *   <ChartFigure caption="Ad credits by organisation (USD)" table={<DataTable … />}>
 *     <BarChart h={260} data={rows} dataKey="organisation" series={[{ name: 'amount', label: 'Amount' }]} />
 *   </ChartFigure>
 */
import { Stack, Text } from '@mantine/core';
import { lazy, type ReactNode, Suspense } from 'react';
import { LoadingState } from '../query-state/query-state';
import { Details } from './details';

const load = () => import('./charts.lazy');
export const BarChart = lazy(() => load().then((m) => ({ default: m.BarChart })));
export const LineChart = lazy(() => load().then((m) => ({ default: m.LineChart })));
export const AreaChart = lazy(() => load().then((m) => ({ default: m.AreaChart })));
export const DonutChart = lazy(() => load().then((m) => ({ default: m.DonutChart })));

export function ChartFigure({
  caption,
  summary,
  table,
  children,
}: {
  caption: string;
  /** What the figures add up to, said under the caption ("$2,150,000.00 granted to 7 organisations"). */
  summary?: ReactNode;
  table: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack component="figure" gap="xs" m={0}>
      <Text component="figcaption" fw={600}>
        {caption}
      </Text>
      {summary && (
        <Text size="sm" c="dimmed">
          {summary}
        </Text>
      )}
      <Suspense fallback={<LoadingState label="Loading the chart…" />}>{children}</Suspense>
      <Details summary="The figures as a table">{table}</Details>
    </Stack>
  );
}
