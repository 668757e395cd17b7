/**
 * The chart components, in their own chunk: recharts (through Mantine's themed wrappers) is large, so only
 * the routes that draw a chart load it. Import from charts.tsx, never from here.
 */
import '@mantine/charts/styles.css';

export { AreaChart, BarChart, DonutChart, LineChart } from '@mantine/charts';
