/**
 * Benchmarks the safe-messaging check on realistic captions (300 characters, the 5,000-character CAPTION_MAX
 * and the 20,000-character SAFETY_TEXT_MAX) and writes median / p95 timings to
 * bench/results/safe-messaging.json. The server runs the check when a text is saved; a dashboard preview
 * may run it as staff type, so a full caption must check well inside one frame (16 ms).
 *
 * Run: pnpm --filter @beacon/shared bench
 */
import { CAPTION_MAX } from '../src/limits.js';
import { checkSafeMessaging, SAFETY_TEXT_MAX } from '../src/safe-messaging/index.js';
import { Topic } from '../src/topics.js';

/**
 * The few Node APIs the benchmark uses, typed here: the shared package has no dependencies, @types/node
 * included, because browsers run it too.
 */
interface NodeHost {
  readonly process: {
    readonly version: string;
    readonly platform: string;
    readonly arch: string;
    readonly hrtime: { bigint(): bigint };
    cpuUsage(previous?: { user: number; system: number }): { user: number; system: number };
  };
}
interface NodeFs {
  mkdirSync(path: string, options: { recursive: boolean }): void;
  writeFileSync(path: string, data: string): void;
}
const { process } = globalThis as unknown as NodeHost;
interface NodeOs {
  cpus(): { model: string }[];
  loadavg(): number[];
}
const [fsModule, osModule]: string[] = ['node:fs', 'node:os'];
const fs = (await import(fsModule)) as NodeFs;
const os = (await import(osModule)) as NodeOs;

const WARM_UP = 500;
const ITERATIONS = 5_000;
const VARIANTS = 16;

const HARMLESS = [
  'Day 12 of my morning routine 🌅 journaling, a walk, and a big glass of water before I open any app.',
  'This joke killed me 😂 and honestly I needed the laugh after this week.',
  "We're killing it on stage tonight, thank you all for coming out!! 🎤✨",
  'Therapy tip: name five things you can see, four you can hear, three you can touch. Grounding works.',
  'If your friend seems off, ask them directly how they are. Then really listen. 💛',
  'Shoutout to the @mindfulcrew fam for the collab! Go watch their stitch. #MentalHealthAwareness',
  'That workout killed me but my brain feels so much lighter afterwards. #selfcare #wellbeing',
  'Reminder: rest is productive. You do not have to earn a nap. 😴',
  'My grandma always said a cup of tea fixes most things. She was not wrong ☕️',
  'Pick up your prescription and take 2 tablets a day with food, as your pharmacist says.',
  'Rope skipping challenge day 3! Who is joining me tomorrow? 🪢',
  'Government doubles suicide prevention funding, a headline I never thought I would read.',
];

const FLAGGED = [
  'He c0mmitted 5u1c1d3 last spring and nobody saw it coming.',
  'People who commit suicide are not selfish, they are in pain.',
  'She killed herself because of bullying at school.',
  'Suicide rates are skyrocketing among teens, a true epidemic.',
  'My friend took a bottle of pills when she was suicidal.',
  'He jumped from the bridge where people go to end it.',
  'I used to cut my wrists and hide it under hoodies.',
  'In my anorexia days I weighed 38kg and ate 500 calories a day.',
  'my before and after pics, size 0 to healthy 💪 #edrecovery',
  'thinking about s e l f h@rm again tonight, it has been a bad week',
];

const OPENINGS = [
  'CW: suicide, self-harm and eating disorders. ',
  '⚠️ Sensitive topic ahead: my story. ',
  'Storytime, grab a snack 🍿 ',
];

const CLOSINGS = [
  ' If you are struggling, call or text 988 (US) or Samaritans on 116 123 (UK). Support is available. 💛',
  ' #MentalHealthAwareness #YouAreNotAlone',
];

/** A small deterministic generator, so every run benchmarks the same captions. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)];
}

/** A caption of `length` characters: an opening, sentences (one in `flaggedShare` flagged), a closing. */
function buildCaption(seed: number, flaggedShare: number, length = CAPTION_MAX): string {
  const next = random(seed);
  const closing = pick(CLOSINGS, next);
  let body = pick(OPENINGS, next);
  while (body.length < length - closing.length) {
    body += `${pick(next() < flaggedShare ? FLAGGED : HARMLESS, next)} `;
  }
  return (body.slice(0, length - closing.length) + closing).slice(0, length);
}

interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly captions: readonly string[];
  readonly topics?: readonly Topic[];
  /** Fewer for the 20,000-character worst cases. */
  readonly iterations?: number;
}

interface ScenarioResult {
  readonly name: string;
  readonly description: string;
  readonly captionLength: number;
  readonly findingsPerCaption: number;
  readonly medianMicros: number;
  readonly p95Micros: number;
  readonly meanMicros: number;
  /** CPU time the process spent per check: tells a slow check from a busy machine. */
  readonly cpuMicrosPerCheck: number;
  readonly checksPerSecond: number;
  readonly megaCharsPerSecond: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function run(scenario: Scenario): ScenarioResult {
  const { captions, topics, iterations = ITERATIONS } = scenario;
  const warmUp = Math.min(WARM_UP, iterations);
  for (let i = 0; i < warmUp; i += 1) checkSafeMessaging(captions[i % captions.length], { topics });
  const micros = new Float64Array(iterations);
  let findings = 0;
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < iterations; i += 1) {
    const caption = captions[i % captions.length];
    const started = process.hrtime.bigint();
    findings += checkSafeMessaging(caption, { topics }).length;
    micros[i] = Number(process.hrtime.bigint() - started) / 1_000;
  }
  const cpu = process.cpuUsage(cpuBefore);
  const sorted = Array.from(micros).sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / iterations;
  const length = captions[0].length;
  return {
    name: scenario.name,
    description: scenario.description,
    captionLength: length,
    findingsPerCaption: round(findings / iterations),
    medianMicros: round(percentile(sorted, 50)),
    p95Micros: round(percentile(sorted, 95)),
    meanMicros: round(mean),
    cpuMicrosPerCheck: round((cpu.user + cpu.system) / iterations),
    checksPerSecond: Math.round(1_000_000 / mean),
    megaCharsPerSecond: round(length / mean, 2),
  };
}

const seeds = Array.from({ length: VARIANTS }, (_, i) => i + 1);
const scenarios: Scenario[] = [
  {
    name: 'mixed',
    description: 'one sentence in five flagged (leetspeak, spacing, methods, ED numbers), no topics given',
    captions: seeds.map((seed) => buildCaption(seed, 0.2)),
  },
  {
    name: 'mixed-with-topics',
    description: 'as mixed, filed under suicide prevention and eating disorders',
    captions: seeds.map((seed) => buildCaption(seed, 0.2)),
    topics: [Topic.SUICIDE_PREVENTION, Topic.EATING_DISORDERS],
  },
  {
    name: 'harmless',
    description: 'no flagged sentence',
    captions: seeds.map((seed) => buildCaption(seed, 0)),
  },
  {
    name: 'dense',
    description: 'every other sentence flagged',
    captions: seeds.map((seed) => buildCaption(seed, 0.5)),
  },
  {
    name: 'short',
    description:
      'a typical 300-character caption, one sentence in five flagged, filed under suicide prevention',
    captions: seeds.map((seed) => buildCaption(seed, 0.2, 300)),
    topics: [Topic.SUICIDE_PREVENTION],
  },
  {
    name: 'longest',
    description: `the longest text the API accepts (${SAFETY_TEXT_MAX} characters), as mixed`,
    captions: seeds.map((seed) => buildCaption(seed, 0.2, SAFETY_TEXT_MAX)),
  },
];

/**
 * Texts at the length limit built to make a careless pattern backtrack (a long run of digits once took a
 * second). Each should cost about what a caption of its length costs; a pattern that is not linear shows
 * here as a time hundreds of times the others'.
 */
const WORST_CASES: readonly (readonly [string, string])[] = [
  ['one long word', 'a'.repeat(SAFETY_TEXT_MAX)],
  ['spaces', ' '.repeat(SAFETY_TEXT_MAX)],
  ['digits', '9'.repeat(SAFETY_TEXT_MAX)],
  ['spaced letters', 'a '.repeat(SAFETY_TEXT_MAX / 2)],
  ['a repeated phrase', 'killed himself because '.repeat(800)],
  ['separators', '-_ '.repeat(SAFETY_TEXT_MAX / 3)],
  ['stars', 's*'.repeat(SAFETY_TEXT_MAX / 2)],
  ['emoji', '😂'.repeat(SAFETY_TEXT_MAX / 2)],
  ['leetspeak', '5u1c1d3 '.repeat(SAFETY_TEXT_MAX / 8)],
];
for (const [name, text] of WORST_CASES) {
  scenarios.push({
    name: `worst-case: ${name}`,
    description: `${text.length} characters of ${name}, filed under eating disorders and suicide prevention`,
    captions: [text],
    topics: [Topic.EATING_DISORDERS, Topic.SUICIDE_PREVENTION],
    iterations: 100,
  });
}

const results = scenarios.map(run);
const report = {
  benchmark: 'checkSafeMessaging',
  date: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpu: `${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} cores)`,
  // Other work on the machine inflates wall-clock times; cpuMicrosPerCheck is the check's own cost.
  loadAverageAtEnd: round(os.loadavg()[0] ?? 0, 2),
  warmUp: WARM_UP,
  iterations: `${ITERATIONS} (worst cases: 100)`,
  captionVariants: VARIANTS,
  results,
};

const resultsDir = new URL('./results/', import.meta.url);
const out = new URL('safe-messaging.json', resultsDir);
fs.mkdirSync(decodeURIComponent(resultsDir.pathname), { recursive: true });
fs.writeFileSync(decodeURIComponent(out.pathname), `${JSON.stringify(report, null, 2)}\n`);

console.log(`checkSafeMessaging, ${ITERATIONS} iterations after ${WARM_UP} warm-up, node ${process.version}`);
console.table(
  results.map((r) => ({
    scenario: r.name,
    chars: r.captionLength,
    findings: r.findingsPerCaption,
    'median µs': r.medianMicros,
    'p95 µs': r.p95Micros,
    'cpu µs': r.cpuMicrosPerCheck,
    'checks/s': r.checksPerSecond,
    'Mchar/s': r.megaCharsPerSecond,
  })),
);
console.log(`written to ${decodeURIComponent(out.pathname)}`);
