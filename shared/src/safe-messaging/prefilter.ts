/**
 * Cheap pre-checks that let the safe-messaging check skip patterns which cannot match a text.
 *
 * From a pattern's source we derive literal strings such that every match contains at least one of them
 * ("hang" or "hung" for /\b(?:hang|hanged|hung)\b/). One scan of the text for all literals of all
 * patterns then tells which patterns are worth running; most captions mention few of the watched words, so
 * most patterns are skipped. The derivation is conservative: when it cannot be sure (character classes,
 * optional parts, `.`), a pattern gets no literals and always runs.
 *
 * Supports the regular-expression syntax the rule table uses: groups, lookarounds, alternation, classes,
 * escapes and the quantifiers ? * + {n} {n,} {n,m} (lazy or not). Not for patterns with the `u` or `v` flag.
 */

/** The strings a node can match, when there are few; otherwise strings one of which every match contains. */
interface Info {
  /** Every string the node can match, or null when there are too many (or infinitely many). */
  readonly exact: ReadonlySet<string> | null;
  /** Every match contains at least one of these; null when nothing is known. Unused when `exact` is set. */
  readonly required: ReadonlySet<string> | null;
}

const EXACT_LIMIT = 64;
/** Shorter literals ("kg", "st") occur inside too many words to be worth a pre-check. */
const MIN_LITERAL = 3;
/** Short literals rare enough in English to be worth a search anyway: units and weight shorthand. */
const RARE_SHORT_LITERALS = new Set(['kg', 'lb', 'mg', 'cw', 'gw', 'hw', 'lw', 'tw']);

function usable(literal: string): boolean {
  return literal.length >= MIN_LITERAL || RARE_SHORT_LITERALS.has(literal);
}
const ANY: Info = { exact: null, required: null };
const EMPTY: Info = { exact: new Set(['']), required: null };

/** Literals one of which every match of `re` contains, or null when the pattern must always run. */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.unicode || re.ignoreCase) return null;
  const parser = new Parser(re.source);
  const info = parser.parseAlternation();
  if (!parser.done()) return null;
  const literals = simplify(toRequired(info));
  if (literals === null) return null;
  for (const literal of literals) if (!usable(literal)) return null;
  return [...literals].sort();
}

function toRequired(info: Info): ReadonlySet<string> | null {
  if (info.exact !== null) return info.exact.has('') ? null : info.exact;
  return info.required;
}

/** Drops strings that contain another string of the set: the shorter one is found wherever the longer is. */
function simplify(set: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (set === null || set.has('')) return null;
  const sorted = [...set].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return new Set(kept);
}

/** Words so common that scanning for them finds them everywhere: a requirement made of them is a weak one. */
const COMMON_WORDS = new Set(
  'about after all and are back but can day did end for from get going had has have her him his how into its just like line life make many more not now off one only out over own people pro see she some take than that the them then there they this time too two very want was way well were what when where who why will with you your'.split(
    ' ',
  ),
);

/**
 * How selective a requirement is, compared in order: usable at all (every literal `usable`),
 * free of common words, the longest shortest literal, the fewest literals.
 */
function selectivity(set: ReadonlySet<string>): [number, number, number, number] {
  let shortest = Number.POSITIVE_INFINITY;
  let common = 0;
  let unusable = 0;
  for (const s of set) {
    shortest = Math.min(shortest, s.length);
    if (COMMON_WORDS.has(s)) common = 1;
    if (!usable(s)) unusable = 1;
  }
  return [1 - unusable, 1 - common, shortest, -set.size];
}

/** The more selective of two requirements. */
function best(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  const sa = simplify(a);
  const sb = simplify(b);
  if (sa === null) return sb;
  if (sb === null) return sa;
  const [x, y] = [selectivity(sa), selectivity(sb)];
  for (let k = 0; k < x.length; k += 1) if (x[k] !== y[k]) return x[k] > y[k] ? sa : sb;
  return sa;
}

function cross(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | null {
  if (a.size * b.size > EXACT_LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

class Parser {
  private i = 0;

  constructor(private readonly src: string) {}

  done(): boolean {
    return this.i >= this.src.length;
  }

  parseAlternation(): Info {
    const branches: Info[] = [this.parseSequence()];
    while (this.src[this.i] === '|') {
      this.i += 1;
      branches.push(this.parseSequence());
    }
    if (branches.length === 1) return branches[0];
    if (branches.every((b) => b.exact !== null)) {
      const union = new Set<string>();
      for (const b of branches) for (const s of b.exact ?? []) union.add(s);
      if (union.size <= EXACT_LIMIT) return { exact: union, required: null };
    }
    const required = new Set<string>();
    for (const b of branches) {
      const r = toRequired(b);
      if (r === null) return ANY;
      for (const s of r) required.add(s);
    }
    return { exact: null, required };
  }

  private parseSequence(): Info {
    let allExact = true;
    let run: ReadonlySet<string> = new Set(['']);
    let chosen: ReadonlySet<string> | null = null;
    while (!this.done() && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const term = this.parseTerm();
      if (term.exact !== null) {
        const joined = cross(run, term.exact);
        if (joined !== null) run = joined;
        else {
          allExact = false;
          chosen = best(chosen, run);
          run = term.exact;
        }
      } else {
        allExact = false;
        chosen = best(best(chosen, run), term.required);
        run = new Set(['']);
      }
    }
    if (allExact) return { exact: run, required: null };
    return { exact: null, required: best(chosen, run) };
  }

  private parseTerm(): Info {
    const atom = this.parseAtom();
    const quantifier = this.parseQuantifier();
    if (quantifier === null) return atom;
    const { min, max } = quantifier;
    if (min === 0) {
      if (max === 1 && atom.exact !== null) return { exact: new Set([...atom.exact, '']), required: null };
      return ANY;
    }
    if (min === 1 && max === 1) return atom;
    if (atom.exact !== null && min === max) {
      let repeated: ReadonlySet<string> | null = atom.exact;
      for (let k = 1; k < min && repeated !== null; k += 1) repeated = cross(repeated, atom.exact);
      if (repeated !== null) return { exact: repeated, required: null };
    }
    return { exact: null, required: toRequired(atom) };
  }

  private parseQuantifier(): { min: number; max: number } | null {
    const c = this.src[this.i];
    let result: { min: number; max: number } | null = null;
    if (c === '?') result = { min: 0, max: 1 };
    else if (c === '*') result = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === '+') result = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m === null) return null;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
      this.i += m[0].length - 1;
      result = { min, max };
    }
    if (result === null) return null;
    this.i += 1;
    if (this.src[this.i] === '?') this.i += 1;
    return result;
  }

  private parseAtom(): Info {
    const c = this.src[this.i];
    if (c === '(') return this.parseGroup();
    if (c === '[') return this.parseClass();
    if (c === '\\') return this.parseEscape();
    this.i += 1;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    return { exact: new Set([c]), required: null };
  }

  private parseGroup(): Info {
    this.i += 1;
    let lookaround = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      lookaround = true;
    } else if (this.src.startsWith('?<', this.i)) {
      this.i = this.src.indexOf('>', this.i) + 1;
    }
    const inner = this.parseAlternation();
    if (this.src[this.i] !== ')') throw new SyntaxError(`Unbalanced group in /${this.src}/`);
    this.i += 1;
    // A lookaround consumes nothing; a negative one may hold anything.
    return lookaround ? EMPTY : inner;
  }

  private parseClass(): Info {
    this.i += 1;
    const negated = this.src[this.i] === '^';
    if (negated) this.i += 1;
    const chars = new Set<string>();
    let large = false;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let c = this.src[this.i];
      if (c === '\\') {
        const e = this.src[this.i + 1];
        this.i += 2;
        if ('dDsSwWbB'.includes(e)) {
          large = true;
          continue;
        }
        c = e === 'n' ? '\n' : e === 't' ? '\t' : e;
      } else this.i += 1;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        const to = this.src[this.i + 1] === '\\' ? this.src[this.i + 2] : this.src[this.i + 1];
        this.i += this.src[this.i + 1] === '\\' ? 3 : 2;
        const span = to.charCodeAt(0) - c.charCodeAt(0);
        if (span > 8) large = true;
        else for (let k = 0; k <= span; k += 1) chars.add(String.fromCharCode(c.charCodeAt(0) + k));
      } else chars.add(c);
    }
    this.i += 1;
    if (negated || large || chars.size > 8) return ANY;
    return { exact: chars, required: null };
  }

  private parseEscape(): Info {
    const e = this.src[this.i + 1];
    this.i += 2;
    if (e === 'b' || e === 'B') return EMPTY;
    if ('dDsSwWpPk'.includes(e) || (e >= '0' && e <= '9')) {
      if ((e === 'p' || e === 'P' || e === 'k') && this.src[this.i] === '{')
        this.i = this.src.indexOf('}', this.i) + 1;
      return ANY;
    }
    if (e === 'x') {
      const code = Number.parseInt(this.src.slice(this.i, this.i + 2), 16);
      this.i += 2;
      return { exact: new Set([String.fromCharCode(code)]), required: null };
    }
    if (e === 'u') {
      const code = Number.parseInt(this.src.slice(this.i, this.i + 4), 16);
      this.i += 4;
      return { exact: new Set([String.fromCharCode(code)]), required: null };
    }
    const char = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
    return { exact: new Set([char]), required: null };
  }
}

/** Where the literals of a LiteralScanner occur in one text. */
export class LiteralHits {
  constructor(
    /** found[id] is 1 when literal id occurs. */
    readonly found: Uint8Array,
    /** Start offsets of each literal's occurrences, ascending. */
    readonly positions: readonly (readonly number[] | undefined)[],
  ) {}

  any(ids: readonly number[]): boolean {
    for (const id of ids) if (this.found[id] === 1) return true;
    return false;
  }
}

/**
 * Finds which of many literals occur in a text, and where, in one pass: an Aho-Corasick automaton compiled to
 * a transition table, so each character of the text costs one table lookup. Overlapping literals and
 * literals inside longer ones ("hang" in "hanging") are all reported.
 */
export class LiteralScanner {
  private readonly literals: readonly string[];
  private readonly index = new Map<string, number>();
  /** Character code (below 128) → column of the transition table; 0 for characters no literal has. */
  private readonly columns = new Uint8Array(128);
  private readonly width: number;
  /** transitions[state * width + column] → next state. */
  private readonly transitions: Uint32Array;
  /** The literals that end at each state (its own and those reached by failure links). */
  private readonly outputs: readonly (readonly number[])[];

  constructor(literals: Iterable<string>) {
    this.literals = [...new Set(literals)].sort();
    this.literals.forEach((literal, id) => {
      this.index.set(literal, id);
    });
    let width = 1;
    for (const literal of this.literals) {
      for (let k = 0; k < literal.length; k += 1) {
        const code = literal.charCodeAt(k);
        if (code >= 128) throw new RangeError(`Literal ${literal} is not ASCII`);
        if (this.columns[code] === 0) this.columns[code] = width++;
      }
    }
    this.width = width;
    const automaton = buildAutomaton(this.literals, this.columns, width);
    this.transitions = automaton.transitions;
    this.outputs = automaton.outputs;
  }

  idOf(literal: string): number {
    const id = this.index.get(literal);
    if (id === undefined) throw new RangeError(`Unknown literal ${literal}`);
    return id;
  }

  scan(text: string): LiteralHits {
    const found = new Uint8Array(this.literals.length);
    const positions: (number[] | undefined)[] = new Array(this.literals.length).fill(undefined);
    const { columns, width, transitions, outputs, literals } = this;
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      state = transitions[state * width + (code < 128 ? columns[code] : 0)];
      const ending = outputs[state];
      if (ending.length === 0) continue;
      for (const id of ending) {
        const at = i - literals[id].length + 1;
        found[id] = 1;
        const list = positions[id];
        if (list === undefined) positions[id] = [at];
        else list.push(at);
      }
    }
    return new LiteralHits(found, positions);
  }
}

/** The goto function of the literals' trie, completed with failure links into a full transition table. */
function buildAutomaton(
  literals: readonly string[],
  columns: Uint8Array,
  width: number,
): { transitions: Uint32Array; outputs: number[][] } {
  const goto: number[][] = [new Array<number>(width).fill(-1)];
  const outputs: number[][] = [[]];
  literals.forEach((literal, id) => {
    let state = 0;
    for (let k = 0; k < literal.length; k += 1) {
      const column = columns[literal.charCodeAt(k)];
      let next = goto[state][column];
      if (next === -1) {
        next = goto.length;
        goto.push(new Array<number>(width).fill(-1));
        outputs.push([]);
        goto[state][column] = next;
      }
      state = next;
    }
    outputs[state].push(id);
  });
  const transitions = new Uint32Array(goto.length * width);
  const fail = new Array<number>(goto.length).fill(0);
  const queue: number[] = [];
  for (let column = 0; column < width; column += 1) {
    const next = goto[0][column];
    transitions[column] = next === -1 ? 0 : next;
    if (next !== -1) queue.push(next);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head];
    outputs[state].push(...outputs[fail[state]]);
    for (let column = 0; column < width; column += 1) {
      const next = goto[state][column];
      const fallback = transitions[fail[state] * width + column];
      if (next === -1) transitions[state * width + column] = fallback;
      else {
        fail[next] = fallback;
        transitions[state * width + column] = next;
        queue.push(next);
      }
    }
  }
  return { transitions, outputs };
}
