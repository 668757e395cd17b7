/**
 * Builds the view of a text that the safe-messaging rules read, and the map back to the text as written.
 *
 * People dodge keyword filters: "5u1c1d3", "s u i c i d e", "su-icide", "s*icide", "self h@rm", full-width or
 * Cyrillic look-alike letters, zero-width characters. The view undoes that so a rule can be written once, in
 * plain lower-case English, and every character of the view remembers the original code units it came from,
 * so a finding's span is always a span of the original text. Steps, in order:
 *
 * 1. per code point: lower case; diacritics and compatibility forms folded (NFKD); look-alike letters mapped;
 *    invisible characters dropped; emoji and other symbols become spaces (the warning sign "cw"); curly
 *    quotes and dashes go ASCII;
 * 2. per word: leetspeak folded (0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s, !→i) where the word is not a number
 *    with a unit ("38kg", "500cal", "40pills" stay as written); a `*` inside a word is resolved against the
 *    words the rules care about ("s*icide" → "suicide");
 * 3. across words: runs of three or more single characters collapse ("k m s", "s.u.i.c.i.d.e"), and a word
 *    split by one separator is rejoined when the pieces spell a watched word ("su-icide", "over dose").
 *
 * Digits that stand alone are never folded, so "988", "116 123" and "7 stone" keep their meaning.
 */

/**
 * The normalised text and the way back: for each of its UTF-16 code units, the span of the original it came
 * from. Most texts fold one code unit to one (emoji become one space per code unit), and then the map is the
 * identity and costs nothing.
 */
export class NormalisedText {
  constructor(
    readonly text: string,
    /** Original offset where code unit i starts (never decreasing); null for the identity. */
    private readonly starts: Int32Array | null = null,
    /** Original offset just past code unit i; null for the identity. */
    private readonly ends: Int32Array | null = null,
  ) {}

  get isIdentity(): boolean {
    return this.starts === null;
  }

  startAt(i: number): number {
    return this.starts === null ? i : this.starts[i];
  }

  endAt(i: number): number {
    return this.ends === null ? i + 1 : this.ends[i];
  }

  /** Maps a span of the normalised text back to the original. */
  toOriginal(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at =
        start < this.text.length
          ? this.startAt(start)
          : this.text.length === 0
            ? 0
            : this.endAt(this.text.length - 1);
      return { start: at, end: at };
    }
    return { start: this.startAt(start), end: this.endAt(end - 1) };
  }

  /** How many normalised code units come from original offsets before `limit`. */
  countBefore(limit: number): number {
    const starts = this.starts;
    if (starts === null) return Math.max(0, Math.min(limit, this.text.length));
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Words whose pieces are rejoined across one separator ("su-icide", "over dose", "un alive"). */
const JOIN_STEMS = [
  'suicid',
  'selfharm',
  'selfinjur',
  'selfdelet',
  'overdos',
  'anorexi',
  'bulimi',
  'unaliv',
  'thinspo',
  'sewerslid',
];

/** A word shaped like "0verdose" or "d13" is only folded when the fold starts like one of these. */
const FOLD_STEMS = [
  ...JOIN_STEMS,
  'self',
  'harm',
  'kill',
  'die',
  'dead',
  'death',
  'hang',
  'noose',
  'cut',
  'slit',
  'wrist',
  'pill',
  'starv',
  'purg',
  'myself',
  'himself',
  'herself',
  'commit',
];

/** Words a `*` may stand in for, longest forms first. */
const MASKED_WORDS = [
  'suicides',
  'suicidal',
  'suicide',
  'selfharm',
  'harming',
  'harm',
  'killing',
  'killed',
  'kill',
  'myself',
  'himself',
  'herself',
  'dying',
  'died',
  'die',
  'dead',
  'death',
  'unalived',
  'unalive',
  'overdosed',
  'overdose',
  'anorexia',
  'anorexic',
  'bulimia',
  'bulimic',
  'thinspo',
  'committed',
  'commit',
  'hanged',
  'noose',
  'cutting',
  'pills',
  'purging',
  'starving',
];

const LONGEST_MASKED_WORD = Math.max(...MASKED_WORDS.map((word) => word.length));

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'g',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
};

/** The second reading of the ambiguous leet characters: "se1f" is "self", "k1ll" is "kill". */
const LEET_ALTERNATIVE: Readonly<Record<string, string>> = { '1': 'l', '|': 'i' };

/** Look-alike letters from other scripts, and punctuation that has a plain ASCII twin. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ɑ: 'a',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2022': '.',
  '\u00b7': '.',
  '\u2219': '.',
  '\u2027': '.',
  // A warning sign opens a content warning as surely as "CW" does.
  '\u26a0': ' cw ',
  '\u{1f6a8}': ' cw ',
};

const CODE_A = 97;
const CODE_Z = 122;
const CODE_0 = 48;
const CODE_9 = 57;
const CODE_SPACE = 32;
const CODE_NEWLINE = 10;
const CODE_STAR = 42;
const CODE_AT = 64;
const CODE_DOLLAR = 36;
const CODE_DOT = 46;
const CODE_APOSTROPHE = 39;

/** ASCII folded: upper to lower case, control characters to a space (newlines stay, they end sentences). */
const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c += 1) {
  if (c >= 65 && c <= 90) ASCII_FOLD[c] = c + 32;
  else if (c === CODE_NEWLINE) ASCII_FOLD[c] = c;
  else if (c < 32 || c === 127) ASCII_FOLD[c] = CODE_SPACE;
  else ASCII_FOLD[c] = c;
}

function isLetter(c: number): boolean {
  return c >= CODE_A && c <= CODE_Z;
}

function isDigit(c: number): boolean {
  return c >= CODE_0 && c <= CODE_9;
}

/** Characters that can stand for a letter inside a word. */
function isLeetSymbol(c: number): boolean {
  return c === CODE_AT || c === CODE_DOLLAR || c === 33 || c === 124 || c === 43 || c === CODE_STAR;
}

const LETTER = 1;
const DIGIT = 2;
const LEET_SYMBOL = 3;
/** What each folded code unit is to the word finder: 0 for anything that separates words. */
const WORD_CLASS = new Uint8Array(65_536);
for (let c = 0; c < 128; c += 1) {
  if (isLetter(c)) WORD_CLASS[c] = LETTER;
  else if (isDigit(c)) WORD_CLASS[c] = DIGIT;
  else if (isLeetSymbol(c)) WORD_CLASS[c] = LEET_SYMBOL;
}

/** Separators a spaced-out or split word may use: "s u i", "s.u.i", "s-u-i", "s_u_i", "s/u/i", "s,u,i". */
function isSpacingSeparator(c: number): boolean {
  return c === CODE_SPACE || c === CODE_DOT || c === 45 || c === 95 || c === 47 || c === 44 || c === 126;
}

function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

const COMBINING_MARKS = /\p{M}/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const WHITE_SPACE = /\s/u;
const foldCache = new Map<number, string>();

/** Folds one non-ASCII code point to what the rules should see; '' drops it. */
function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let folded: string;
  const ch = String.fromCodePoint(cp);
  if (isInvisible(cp)) folded = '';
  else if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) folded = '\n';
  else if (WHITE_SPACE.test(ch)) folded = ' ';
  else {
    const lower = ch.toLowerCase();
    const lookalike = LOOKALIKES[lower];
    if (lookalike !== undefined) folded = lookalike;
    else {
      const bare = lower.normalize('NFKD').replace(COMBINING_MARKS, '');
      if (bare === '') folded = '';
      else if (PRINTABLE_ASCII.test(bare)) folded = bare.toLowerCase();
      else if (LETTER_OR_NUMBER.test(ch)) folded = lower;
      else folded = ' ';
    }
  }
  if (foldCache.size < 4_096) foldCache.set(cp, folded);
  return folded;
}

/** Growable pair of offset arrays. */
class Offsets {
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(start: number, end: number): void {
    this.reserve(1);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }

  /** Original offsets from..to, each code unit mapping to itself. */
  pushIdentity(from: number, to: number): void {
    this.reserve(to - from);
    const { starts, ends } = this;
    let at = this.length;
    for (let k = from; k < to; k += 1, at += 1) {
      starts[at] = k;
      ends[at] = k + 1;
    }
    this.length = at;
  }

  toNormalisedText(text: string): NormalisedText {
    return new NormalisedText(text, this.starts.subarray(0, this.length), this.ends.subarray(0, this.length));
  }

  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    const capacity = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}

/**
 * The words of the folded text, as parallel arrays (a caption has about a thousand). A word reads as its
 * folded text unless `edits` holds a new spelling; a `wholesale` edit maps every character of the new
 * spelling to the whole original word (its length may differ).
 */
class Words {
  readonly from: number[] = [];
  readonly to: number[] = [];
  /** Words with a digit or a leet symbol among letters: the only ones `foldWord` needs to look at. */
  readonly mixed: boolean[] = [];
  // Sized by seal(): reading past an array's end is slow in V8, so these are allocated in full.
  private edits: (string | null)[] = [];
  wholesale = new Uint8Array(0);
  /** 1 when the separator after word i is dropped: it forms one word with the next. */
  joinNext = new Uint8Array(0);
  changed = false;
  /** A join or a wholesale respelling changed the text's length: offsets no longer map one to one. */
  reshaped = false;

  constructor(private readonly folded: NormalisedText) {}

  /** Called once every word is found. */
  seal(): this {
    const count = this.from.length;
    this.edits = new Array<string | null>(count).fill(null);
    this.wholesale = new Uint8Array(count);
    this.joinNext = new Uint8Array(count);
    return this;
  }

  get count(): number {
    return this.from.length;
  }

  edited(w: number): string | null {
    return this.edits[w];
  }

  length(w: number): number {
    const edited = this.edits[w];
    return edited === null ? this.to[w] - this.from[w] : edited.length;
  }

  text(w: number): string {
    return this.edits[w] ?? this.folded.text.slice(this.from[w], this.to[w]);
  }

  firstCode(w: number): number {
    const edited = this.edits[w];
    return edited === null ? this.folded.text.charCodeAt(this.from[w]) : edited.charCodeAt(0);
  }

  edit(w: number, spelling: string, wholesale = false): void {
    this.edits[w] = spelling;
    this.wholesale[w] = wholesale ? 1 : 0;
    this.changed = true;
    if (wholesale) this.reshaped = true;
  }

  join(w: number): void {
    this.joinNext[w] = 1;
    this.changed = true;
    this.reshaped = true;
  }
}

export function normalise(original: string): NormalisedText {
  const folded = foldCharacters(original);
  const words = findWords(folded);
  for (let w = 0; w < words.count; w += 1) if (words.mixed[w]) foldWord(folded, words, w);
  collapseSpacedLetters(folded, words);
  rejoinSplitWords(folded, words);
  return words.changed ? emit(folded, words) : folded;
}

function foldCharacters(original: string): NormalisedText {
  const n = original.length;
  // Stays null while the folded text maps one to one onto the original.
  let offsets: Offsets | null = null;
  const parts: string[] = [];
  let i = 0;
  while (i < n) {
    // Runs of ASCII fold in bulk: lower-casing keeps their length.
    let j = i;
    let control = false;
    while (j < n) {
      const c = original.charCodeAt(j);
      if (c >= 128) break;
      if ((c < 32 && c !== CODE_NEWLINE) || c === 127) control = true;
      j += 1;
    }
    if (j > i) {
      parts.push(control ? foldAsciiSlowly(original, i, j) : original.slice(i, j).toLowerCase());
      if (offsets !== null) offsets.pushIdentity(i, j);
      i = j;
      if (i >= n) break;
    }
    const cp = original.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    let folded = foldCodePoint(cp);
    // An emoji becomes one space per code unit, so it does not break the identity map.
    if (size === 2 && folded === ' ') folded = '  ';
    parts.push(folded);
    if (offsets === null && folded.length !== size) {
      offsets = new Offsets(n + 16);
      offsets.pushIdentity(0, i);
    }
    if (offsets !== null) {
      if (folded.length === size && size === 1) offsets.pushIdentity(i, i + 1);
      else for (let k = 0; k < folded.length; k += 1) offsets.push(i, i + size);
    }
    i += size;
  }
  const text = parts.join('');
  return offsets === null ? new NormalisedText(text) : offsets.toNormalisedText(text);
}

function foldAsciiSlowly(original: string, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k += 1) out += String.fromCharCode(ASCII_FOLD[original.charCodeAt(k)]);
  return out;
}

/** Words are runs of letters, digits and leet symbols; leading and trailing symbols are punctuation. */
function findWords(folded: NormalisedText): Words {
  const words = new Words(folded);
  const text = folded.text;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (WORD_CLASS[text.charCodeAt(i)] === 0) {
      i += 1;
      continue;
    }
    let to = i;
    let letters = 0;
    for (; to < n; to += 1) {
      const kind = WORD_CLASS[text.charCodeAt(to)];
      if (kind === LETTER) letters += 1;
      else if (kind === 0) break;
    }
    let from = i;
    let end = to;
    if (letters < to - from) {
      // "$uicide" keeps its leading $, "**bold**" and "@handle" do not.
      while (
        from < end &&
        WORD_CLASS[text.charCodeAt(from)] === LEET_SYMBOL &&
        !(text.charCodeAt(from) === CODE_DOLLAR && isLetter(text.charCodeAt(from + 1)))
      )
        from += 1;
      while (end > from && WORD_CLASS[text.charCodeAt(end - 1)] === LEET_SYMBOL) end -= 1;
    }
    if (end > from) {
      words.from.push(from);
      words.to.push(end);
      words.mixed.push(letters > 0 && letters < end - from);
    }
    i = to;
  }
  return words.seal();
}

function foldWord(folded: NormalisedText, words: Words, w: number): void {
  const raw = words.text(w);
  const to = words.to[w];
  // An e-mail address is not leetspeak: "help@samaritans.org".
  if (
    raw.includes('@') &&
    folded.text.charCodeAt(to) === CODE_DOT &&
    isLetter(folded.text.charCodeAt(to + 1))
  )
    return;
  if (raw.includes('*')) {
    const masked = resolveMasked(raw);
    if (masked !== null) words.edit(w, masked, true);
    return;
  }
  const leet = foldLeet(raw, LEET);
  // "38kg", "40pills", "covid19" stay as written; "0verdose" and "d13" are words in disguise.
  const chosen = isNumberWithUnitShape(raw)
    ? pickStemReading(raw, leet)
    : (pickStemReading(raw, leet) ?? leet);
  if (chosen !== null) words.edit(w, chosen);
}

/** Digits then letters, or letters then digits, with no other symbol: "38kg", "bmi15", "d13", "0verdose". */
function isNumberWithUnitShape(raw: string): boolean {
  return /^(?:\d+[a-z]+|[a-z]+\d+)$/.test(raw);
}

function foldLeet(raw: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of raw) out += table[ch] ?? LEET[ch] ?? ch;
  return out;
}

function startsWithStem(word: string): boolean {
  for (const stem of FOLD_STEMS) if (word.startsWith(stem)) return true;
  return false;
}

/** The leet reading that spells a watched word, trying the second reading of 1 and |; null when none does. */
function pickStemReading(raw: string, leet: string): string | null {
  if (startsWithStem(leet)) return leet;
  if (raw.includes('1') || raw.includes('|')) {
    const alternative = foldLeet(raw, LEET_ALTERNATIVE);
    if (startsWithStem(alternative)) return alternative;
  }
  return null;
}

const maskedCache = new Map<string, string | null>();

/** "s*icide" → "suicide": each `*` stands for up to three letters; most of the word must be written out. */
function resolveMasked(raw: string): string | null {
  // A masked word is at most a few characters longer than the word it hides.
  if (raw.length > LONGEST_MASKED_WORD + 4) return null;
  const cached = maskedCache.get(raw);
  if (cached !== undefined) return cached;
  const spelled = foldLeet(raw, {});
  const shown = spelled.replace(/\*/g, '').length;
  const source = spelled.replace(/[^a-z*]/g, '').replace(/\*+/g, (stars) => `[a-z]{0,${3 * stars.length}}`);
  const pattern = new RegExp(`^${source}$`);
  let found: string | null = null;
  for (const candidate of MASKED_WORDS) {
    if (shown >= 2 && shown >= candidate.length * 0.6 && pattern.test(candidate)) {
      found = candidate;
      break;
    }
  }
  if (maskedCache.size < 1_024) maskedCache.set(raw, found);
  return found;
}

/** "s u i c i d e", "k.m.s", "5 u 1 c 1 d 3": three or more one-character words, at least two of them letters. */
function collapseSpacedLetters(folded: NormalisedText, words: Words): void {
  const count = words.count;
  let i = 0;
  while (i < count) {
    if (words.length(i) !== 1) {
      i += 1;
      continue;
    }
    let j = i;
    while (
      j + 1 < count &&
      words.length(j + 1) === 1 &&
      isSpacingGap(folded, words.to[j], words.from[j + 1], 2)
    )
      j += 1;
    if (j - i + 1 >= 3) {
      let letters = 0;
      for (let k = i; k <= j; k += 1) if (isLetter(words.firstCode(k))) letters += 1;
      if (letters >= 2) {
        for (let k = i; k <= j; k += 1) {
          const single = LEET[words.text(k)];
          if (single !== undefined) words.edit(k, single);
          if (k < j) words.join(k);
        }
      }
    }
    i = j + 1;
  }
}

function isSpacingGap(folded: NormalisedText, from: number, to: number, maxLength: number): boolean {
  const length = to - from;
  if (length < 1 || length > maxLength) return false;
  for (let k = from; k < to; k += 1) if (!isSpacingSeparator(folded.text.charCodeAt(k))) return false;
  return true;
}

/** Every proper prefix of a join stem: the only words that can start a split word. */
const JOIN_PREFIXES = new Set(
  JOIN_STEMS.flatMap((stem) => Array.from({ length: stem.length - 1 }, (_, k) => stem.slice(0, k + 1))),
);
const LONGEST_JOIN_STEM = Math.max(...JOIN_STEMS.map((stem) => stem.length));
/** The first two characters of the join stems, as a lookup table, to rule most words out cheaply. */
const JOIN_STEM_BIGRAMS = new Uint8Array(128 * 128);
const JOIN_STEM_INITIALS = new Uint8Array(128);
for (const stem of JOIN_STEMS) {
  JOIN_STEM_INITIALS[stem.charCodeAt(0)] = 1;
  JOIN_STEM_BIGRAMS[stem.charCodeAt(0) * 128 + stem.charCodeAt(1)] = 1;
}

function mayStartSplitWord(folded: NormalisedText, words: Words, w: number): boolean {
  const length = words.length(w);
  if (length >= LONGEST_JOIN_STEM) return false;
  const first = words.firstCode(w);
  if (first >= 128 || JOIN_STEM_INITIALS[first] === 0) return false;
  if (length === 1 || words.edited(w) !== null) return true;
  const second = folded.text.charCodeAt(words.from[w] + 1);
  return second < 128 && JOIN_STEM_BIGRAMS[first * 128 + second] === 1;
}

/** "su-icide", "sui cide", "over dose", "self-harm": pieces split by one separator that spell a watched word. */
function rejoinSplitWords(folded: NormalisedText, words: Words): void {
  const count = words.count;
  for (let i = 0; i < count - 1; i += 1) {
    if (!mayStartSplitWord(folded, words, i)) continue;
    const head = words.text(i);
    if (!JOIN_PREFIXES.has(head)) continue;
    for (const stem of JOIN_STEMS) {
      if (!stem.startsWith(head) || head.length >= stem.length) continue;
      let joined = head;
      let j = i;
      while (joined.length < stem.length && j + 1 < count && j - i < 3) {
        const after = words.to[j];
        const separator = folded.text.charCodeAt(after);
        const joinable =
          words.joinNext[j] === 1 ||
          (words.from[j + 1] - after === 1 &&
            (isSpacingSeparator(separator) || separator === CODE_APOSTROPHE));
        if (!joinable) break;
        j += 1;
        joined += words.text(j);
      }
      if (j > i && joined.startsWith(stem)) {
        for (let k = i; k < j; k += 1) words.join(k);
        i = j;
        break;
      }
    }
  }
}

/** Writes the folded text again with the word edits and joins applied, copying unchanged stretches whole. */
function emit(folded: NormalisedText, words: Words): NormalisedText {
  const parts: string[] = [];
  // Same-length respellings ("5u1c1d3" → "suicide") keep the identity map; joins and wholesale words do not.
  const out = folded.isIdentity && !words.reshaped ? null : new Offsets(folded.text.length + 16);
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(folded.text.slice(from, to));
    if (out === null) return;
    if (folded.isIdentity) out.pushIdentity(from, to);
    else for (let k = from; k < to; k += 1) out.push(folded.startAt(k), folded.endAt(k));
  };
  let cursor = 0;
  for (let w = 0; w < words.count; w += 1) {
    const edited = words.edited(w);
    const joined = words.joinNext[w] === 1 && w + 1 < words.count;
    if (edited === null && !joined) continue;
    const from = words.from[w];
    const to = words.to[w];
    if (edited === null) copy(cursor, to);
    else {
      copy(cursor, from);
      parts.push(edited);
      if (out !== null) {
        const wholesale = words.wholesale[w] === 1;
        for (let k = 0; k < edited.length; k += 1) {
          out.push(folded.startAt(wholesale ? from : from + k), folded.endAt(wholesale ? to - 1 : from + k));
        }
      }
    }
    cursor = joined ? words.from[w + 1] : to;
  }
  copy(cursor, folded.text.length);
  const text = parts.join('');
  return out === null ? new NormalisedText(text) : out.toNormalisedText(text);
}
