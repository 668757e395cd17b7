/**
 * Scores the safe-messaging check against both labelled sets and writes the numbers to
 * bench/results/caption-score.json: the held-out set (written before the rules were read, never tuned on) is
 * the measure; the regression set (its fixes landed with it) is reported beside it for comparison only.
 *
 * Run: pnpm --filter @beacon/shared score
 */
import { HELD_OUT_SET } from '../src/safe-messaging/labelled/held-out-set.js';
import { REGRESSION_SET } from '../src/safe-messaging/labelled/regression-set.js';
import { EXPECTATIONS, type SetScore, scoreSet } from '../src/safe-messaging/labelled/score.js';

/** The Node API the script uses, typed here: the shared package has no @types/node (browsers run it too). */
interface NodeFs {
  mkdirSync(path: string, options: { recursive: boolean }): void;
  writeFileSync(path: string, data: string): void;
}
const fsModule = 'node:fs';
const fs = (await import(fsModule)) as NodeFs;

const NAMES = { BLOCK: 'blocking', NO_BLOCK: 'sensitive-but-safe', CLEAN: 'harmless' } as const;

function report(name: string, score: SetScore): void {
  const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
  console.log(`\n${name}: ${score.captions} captions`);
  console.table(
    score.labels.map((l) => ({
      label: NAMES[l.label],
      captions: l.count,
      precision: percent(l.precision),
      recall: percent(l.recall),
      'meets its criterion': percent(l.accepted),
    })),
  );
  console.table(
    EXPECTATIONS.map((labelled) => ({
      'labelled \\ decided': NAMES[labelled],
      ...Object.fromEntries(
        EXPECTATIONS.map((decided) => [NAMES[decided], score.confusion[labelled][decided]]),
      ),
    })),
  );
  for (const miss of score.misses)
    console.log(
      `  miss (${NAMES[miss.expect]} → ${NAMES[miss.decided]}; ${miss.rules.join(', ') || 'no rule'}): ${miss.text}`,
    );
}

const heldOut = scoreSet(HELD_OUT_SET);
const regression = scoreSet(REGRESSION_SET);
report('held-out set (the measure)', heldOut);
report('regression set (fixes landed with it; not a measure)', regression);

const out = new URL('./results/caption-score.json', import.meta.url);
fs.mkdirSync(decodeURIComponent(new URL('./results/', import.meta.url).pathname), { recursive: true });
fs.writeFileSync(
  decodeURIComponent(out.pathname),
  `${JSON.stringify(
    {
      script: 'bench/caption-score.ts',
      date: new Date().toISOString(),
      labels: NAMES,
      heldOut: {
        ...heldOut,
        misses: heldOut.misses.map(({ text, expect, decided, rules }) => ({ text, expect, decided, rules })),
      },
      regression: {
        ...regression,
        misses: regression.misses.map(({ text, expect, decided, rules }) => ({
          text,
          expect,
          decided,
          rules,
        })),
      },
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten to ${decodeURIComponent(out.pathname)}`);
