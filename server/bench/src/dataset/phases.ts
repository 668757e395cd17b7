/**
 * Where a load's time goes: each phase's wall-clock seconds, in the order they ran. A table's "insert"
 * phase includes generating its rows (the generator is lazy and feeds the loader row by row).
 */
import { performance } from 'node:perf_hooks';

export type Phases = Record<string, number>;

export function phaseTimer() {
  const phases: Phases = {};
  let last = performance.now();
  return {
    phases,
    /** Ends the current phase under `name` (added to it if it ran before) and starts the next. */
    lap(name: string) {
      const now = performance.now();
      phases[name] = (phases[name] ?? 0) + (now - last) / 1000;
      last = now;
    },
  };
}
