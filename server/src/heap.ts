/**
 * How far V8 lets the heap grow between full garbage collections. By default V8 lets the old generation
 * grow up to four times what survived the last full collection while the process is busy, and under a
 * steady stream of staff requests nearly all that growth is garbage: each request's hydrated entities
 * outlive a scavenge or two and are promoted, then die. Measured on the bench (staff lists, 1 connection):
 * about 50 MB live, a heap grown to 200 MB and 320-350 MB resident before a full collection; with a
 * growing factor of 1.5 the same load peaks near 110 MB of heap and 195 MB resident, at the same
 * throughput. See docs/operations.md, "Memory".
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

/** Applies Beacon's heap growing factor, unless the command line or NODE_OPTIONS set one already. */
export function limitHeapGrowth(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
): boolean {
  const given = [...execArgv, nodeOptions].some((a) => /--heap[-_]growing[-_]percent/.test(a));
  if (given) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
