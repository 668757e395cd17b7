/**
 * Seeded randomness for the generated programme: the same seed gives the same rows on every machine, so two
 * runs (and two engines) measure the same data. Never use Math.random here.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `weights[i]` is the relative chance of `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** `count` distinct items (or all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A log-normal value: `median` × e^(sigma × N(0, 1)). */
  logNormal(median: number, sigma: number): number;
}

/** mulberry32: tiny, fast and good enough for test data. */
export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: (items, weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let at = next() * total;
      for (let i = 0; i < items.length; i++) {
        at -= weights[i] as number;
        if (at < 0) return items[i] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    sample: (items, count) => {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy.slice(0, n);
    },
    logNormal: (median, sigma) => {
      // Box-Muller; 1 - next() keeps the logarithm finite.
      const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return median * Math.exp(sigma * z);
    },
  };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A UUID version 7 (time-ordered, as Beacon's own records use) for `timeMs`, with its random bits from
 * `prng`. Records created in time order get ascending keys, as they would in production.
 */
export function uuidv7(timeMs: number, prng: Prng): string {
  const ts = Math.max(0, Math.floor(timeMs));
  const high = Math.floor(ts / 2 ** 16);
  const low = ts % 2 ** 16;
  const r = () => HEX[Math.floor(prng.next() * 256)] as string;
  const tsHex = high.toString(16).padStart(8, '0') + low.toString(16).padStart(4, '0');
  const version = `7${Math.floor(prng.next() * 16).toString(16)}${r()}`;
  const variant = (0x80 | Math.floor(prng.next() * 64)).toString(16) + r();
  return `${tsHex.slice(0, 8)}-${tsHex.slice(8, 12)}-${version}-${variant}-${r()}${r()}${r()}${r()}${r()}${r()}`;
}
