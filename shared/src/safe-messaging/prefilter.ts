/**
 * Cheap pre-checks that let the safe-messaging check skip patterns which cannot match a text.
 *
 * From a pattern's source we derive literal strings such that every match contains at least one of them
 * ("hang" or "hung" for /\b(?:hang|hanged|hung)\s+himself/). One scan of the text for all literals of all
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
  for (const literal of literals) if (literal.length < MIN_LITERAL) return null;
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
 * How selective a requirement is, compared in order: usable at all (no literal shorter than MIN_LITERAL),
 * free of common words, the longest shortest literal, the fewest literals.
 */
function selectivity(set: ReadonlySet<string>): [number, number, number, number] {
  let shortest = Number.POSITIVE_INFINITY;
  let common = 0;
  for (const s of set) {
    shortest = Math.min(shortest, s.length);
    if (COMMON_WORDS.has(s)) common = 1;
  }
  return [shortest >= MIN_LITERAL ? 1 : 0, 1 - common, shortest, -set.size];
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
    /** Start offsets of each literal's occurrences (a literal inside a longer one reports the longer one's). */
    readonly positions: readonly (readonly number[] | undefined)[],
  ) {}

  any(ids: readonly number[]): boolean {
    for (const id of ids) if (this.found[id] === 1) return true;
    return false;
  }
}

/**
 * Finds which of many literals occur in a text, and where, in one pass of one regular expression. Literals
 * contained in a found one count as found too ("hang" inside "hanging"), and the scan restarts one character
 * after each hit, so overlapping occurrences are seen.
 */
export class LiteralScanner {
  private readonly literals: readonly string[];
  private readonly index = new Map<string, number>();
  private readonly contained: readonly (readonly number[])[];
  private readonly scanner: RegExp | null;

  constructor(literals: Iterable<string>) {
    this.literals = [...new Set(literals)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.literals.forEach((literal, id) => {
      this.index.set(literal, id);
    });
    this.contained = this.literals.map((outer) =>
      this.literals.flatMap((inner, id) => (inner !== outer && outer.includes(inner) ? [id] : [])),
    );
    this.scanner = this.literals.length === 0 ? null : new RegExp(trieSource(this.literals), 'g');
  }

  idOf(literal: string): number {
    const id = this.index.get(literal);
    if (id === undefined) throw new RangeError(`Unknown literal ${literal}`);
    return id;
  }

  scan(text: string): LiteralHits {
    const found = new Uint8Array(this.literals.length);
    const positions: (number[] | undefined)[] = new Array(this.literals.length).fill(undefined);
    const scanner = this.scanner;
    if (scanner === null) return new LiteralHits(found, positions);
    const record = (id: number, at: number): void => {
      found[id] = 1;
      const list = positions[id];
      if (list === undefined) positions[id] = [at];
      else list.push(at);
    };
    scanner.lastIndex = 0;
    for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
      const id = this.idOf(m[0]);
      record(id, m.index);
      for (const inner of this.contained[id]) record(inner, m.index);
      scanner.lastIndex = m.index + 1;
    }
    return new LiteralHits(found, positions);
  }
}

/**
 * One regular expression matching any of the literals, shaped as a trie ("s(?:elf|ui(?:cid|...))") so the
 * engine dispatches on each character once instead of trying every literal in turn. At each position it
 * matches the longest literal there, as the greedy optional tails prefer going on.
 */
function trieSource(literals: readonly string[]): string {
  interface Node {
    readonly children: Map<string, Node>;
    terminal: boolean;
  }
  const root: Node = { children: new Map(), terminal: false };
  for (const literal of literals) {
    let node = root;
    for (const ch of literal) {
      let child = node.children.get(ch);
      if (child === undefined) {
        child = { children: new Map(), terminal: false };
        node.children.set(ch, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([ch, child]) => escapeRegExp(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (!node.terminal) return body;
    return branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${branches.join('|')})?`;
  };
  return emit(root);
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
