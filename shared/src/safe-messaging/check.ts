/**
 * The safe-messaging check: runs the rule table (rules.ts) over a caption, citation or bio and returns every
 * finding with its span in the text as written. Pure and dependency-free, so the dashboard previews exactly
 * what the server enforces at publish.
 *
 * Linear in the text's length: one normalisation pass, one scan for the literals the patterns need
 * (prefilter.ts), then each precompiled pattern whose literals occur, run only over the sentences around
 * them (with one sentence either side, so a match that crosses a sentence end is still found).
 */
import { isSensitiveTopic, type Topic } from '../topics.js';
import { type NormalisedText, normalise } from './normalise.js';
import { type LiteralHits, LiteralScanner, requiredLiterals } from './prefilter.js';
import { SAFETY_RULES } from './rules.js';
import {
  type PatternContext,
  SAFETY_RULE_IDS,
  type SafeMessagingOptions,
  type SafetyFinding,
  type SafetyRule,
  SafetySeverity,
  type TextSubject,
} from './types.js';
import {
  ABOUT_EATING_DISORDERS,
  ABOUT_SUICIDE_OR_SELF_HARM,
  BENIGN_CUES,
  HARM_CUES,
  NOT_ABOUT_HARM,
} from './vocabulary.js';

/** How far (in normalised characters, either side) context words count as "near" a match. */
export const NEAR_WINDOW = 100;

export function checkSafeMessaging(text: string, options: SafeMessagingOptions = {}): SafetyFinding[] {
  return runCheck(text, options, true);
}

/**
 * The same check without the literal pre-check: every pattern runs. Slower; the tests use it to prove the
 * pre-check never changes a result.
 */
export function checkEveryPattern(text: string, options: SafeMessagingOptions = {}): SafetyFinding[] {
  return runCheck(text, options, false);
}

/** True when any finding stops publication. */
export function hasBlockingFinding(findings: readonly SafetyFinding[]): boolean {
  return findings.some((finding) => finding.severity === SafetySeverity.BLOCK);
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** A regular expression with the ids of the literals one of which it needs (null: always run it). */
interface Matcher {
  readonly re: RegExp;
  readonly literalIds: readonly number[] | null;
  /** Patterns needing the same literals share windows: this numbers each distinct set. */
  readonly literalSet: number;
}

interface CompiledPattern {
  readonly matcher: Matcher;
  readonly when: PatternContext;
  readonly suggestion: string | null;
}

interface CompiledRule {
  readonly rule: SafetyRule;
  readonly patterns: readonly CompiledPattern[];
}

const literalsByPattern = new Map<RegExp, string[] | null>();
for (const re of [
  ...SAFETY_RULES.flatMap((rule) => rule.patterns.map((pattern) => pattern.re)),
  ABOUT_EATING_DISORDERS,
  ABOUT_SUICIDE_OR_SELF_HARM,
  BENIGN_CUES,
  HARM_CUES,
  NOT_ABOUT_HARM,
]) {
  literalsByPattern.set(re, requiredLiterals(re));
}

const scanner = new LiteralScanner([...literalsByPattern.values()].flatMap((literals) => literals ?? []));

const literalSets = new Map<string, number>();

function matcher(re: RegExp): Matcher {
  const literals = literalsByPattern.get(re) ?? null;
  if (literals === null) return { re, literalIds: null, literalSet: -1 };
  const key = literals.join('\u0000');
  let literalSet = literalSets.get(key);
  if (literalSet === undefined) {
    literalSet = literalSets.size;
    literalSets.set(key, literalSet);
  }
  return { re, literalIds: literals.map((literal) => scanner.idOf(literal)), literalSet };
}

const COMPILED_RULES: readonly CompiledRule[] = SAFETY_RULES.map((rule) => ({
  rule,
  patterns: rule.patterns.map((pattern) => ({
    matcher: matcher(pattern.re),
    when: pattern.when ?? 'always',
    suggestion: pattern.suggestion ?? rule.suggestion,
  })),
}));

const CONTEXT = {
  aboutEatingDisorders: matcher(ABOUT_EATING_DISORDERS),
  aboutSuicideOrSelfHarm: matcher(ABOUT_SUICIDE_OR_SELF_HARM),
  benign: matcher(BENIGN_CUES),
  harm: matcher(HARM_CUES),
  notAboutHarm: matcher(NOT_ABOUT_HARM),
};

function runCheck(text: string, options: SafeMessagingOptions, prefilter: boolean): SafetyFinding[] {
  const context = new TextContext(text, normalise(text), options.topics ?? [], prefilter);
  const findings: SafetyFinding[] = [];
  for (const compiled of COMPILED_RULES) {
    const { rule } = compiled;
    if (!applies(rule, context)) continue;
    if (rule.kind === 'forbid') findings.push(...mergeOverlapping(findForbidden(compiled, context), text));
    else {
      const missing = findMissing(compiled, context);
      if (missing !== null) findings.push(missing);
    }
  }
  return findings.sort(byPosition);
}

/** What the check knows about one text; each detector runs at most once, and only when a rule asks. */
class TextContext {
  private hits: LiteralHits | undefined;
  private sentenceStarts: number[] | undefined;
  private readonly literalSentences: (number[] | undefined)[] = [];
  private readonly windowCache: (Span[] | null | undefined)[] = [];
  private wanted: Uint8Array | undefined;
  private readonly spans = new Map<Matcher, Span[]>();
  private readonly harmSpans = new Map<Matcher, Span[]>();
  private readonly about = new Map<TextSubject, boolean>();

  constructor(
    readonly original: string,
    readonly view: NormalisedText,
    readonly topics: readonly Topic[],
    private readonly prefilter: boolean,
  ) {}

  /** False when the pattern cannot match: none of the literals it needs occurs in the text. */
  mayMatch(m: Matcher): boolean {
    if (!this.prefilter || m.literalIds === null) return true;
    this.hits ??= scanner.scan(this.view.text);
    return this.hits.any(m.literalIds);
  }

  /** Every match of a pattern in the normalised view, searched only where its literals occur. */
  matches(m: Matcher): Span[] {
    let spans = this.spans.get(m);
    if (spans === undefined) {
      spans = this.search(m);
      this.spans.set(m, spans);
    }
    return spans;
  }

  private search(m: Matcher): Span[] {
    const text = this.view.text;
    if (!this.prefilter || m.literalIds === null) return findAll(m.re, text, 0, text.length);
    if (!this.mayMatch(m)) return [];
    const windows = this.windows(m);
    if (windows === null) return findAll(m.re, text, 0, text.length);
    const spans: Span[] = [];
    for (const window of windows) findAllInto(spans, m.re, text, window.start, window.end);
    return spans;
  }

  /**
   * The sentences holding one of these literals, each with the sentence before and after, merged; null when
   * they cover most of the text and one search of the whole is cheaper. Patterns often share their literals,
   * so windows are remembered per set of literals.
   */
  private windows(m: Matcher): Span[] | null {
    let windows = this.windowCache[m.literalSet];
    if (windows === undefined) {
      windows = this.computeWindows(m.literalIds ?? []);
      this.windowCache[m.literalSet] = windows;
    }
    return windows;
  }

  private computeWindows(literalIds: readonly number[]): Span[] | null {
    const text = this.view.text;
    const starts = this.sentences();
    if (starts.length < 4) return null;
    let mentions = 0;
    for (const id of literalIds) mentions += this.sentencesOf(id).length;
    if (mentions * 3 > starts.length * 0.6) return null;
    this.wanted ??= new Uint8Array(starts.length);
    const wanted = this.wanted;
    wanted.fill(0);
    for (const id of literalIds) {
      for (const sentence of this.sentencesOf(id)) {
        wanted[sentence] = 1;
        if (sentence > 0) wanted[sentence - 1] = 1;
        if (sentence + 1 < starts.length) wanted[sentence + 1] = 1;
      }
    }
    const windows: Span[] = [];
    let covered = 0;
    for (let k = 0; k < starts.length; k += 1) {
      if (wanted[k] === 0) continue;
      let last = k;
      while (last + 1 < starts.length && wanted[last + 1] === 1) last += 1;
      const window = { start: starts[k], end: last + 1 < starts.length ? starts[last + 1] : text.length };
      covered += window.end - window.start;
      windows.push(window);
      k = last;
    }
    return covered > text.length * 0.6 ? null : windows;
  }

  private sentences(): number[] {
    this.sentenceStarts ??= findSentenceStarts(this.view.text);
    return this.sentenceStarts;
  }

  /** The sentences a literal occurs in, ascending, without repeats. */
  private sentencesOf(id: number): readonly number[] {
    let sentences = this.literalSentences[id];
    if (sentences === undefined) {
      const starts = this.sentences();
      sentences = [];
      // Positions ascend, so one walk along the sentence starts places them all.
      let sentence = 0;
      for (const at of this.hits?.positions[id] ?? []) {
        while (sentence + 1 < starts.length && starts[sentence + 1] <= at) sentence += 1;
        if (sentences[sentences.length - 1] !== sentence) sentences.push(sentence);
      }
      this.literalSentences[id] = sentences;
    }
    return sentences;
  }

  isAbout(subject: TextSubject): boolean {
    let about = this.about.get(subject);
    if (about === undefined) {
      about =
        subject === 'eating-disorders'
          ? this.aboutHarm(CONTEXT.aboutEatingDisorders).length > 0
          : this.aboutHarm(CONTEXT.aboutSuicideOrSelfHarm).length > 0;
      this.about.set(subject, about);
    }
    return about;
  }

  allows(when: PatternContext, match: Span): boolean {
    switch (when) {
      case 'always':
        return true;
      case 'near-harm':
        return isNear(this.aboutHarm(CONTEXT.harm), match);
      case 'unless-benign':
        return isNear(this.aboutHarm(CONTEXT.harm), match) || !isNear(this.matches(CONTEXT.benign), match);
      case 'near-subject':
        // Any mention counts here, prevention programmes included: sensational framing of those counts too.
        return (
          isNear(this.matches(CONTEXT.aboutSuicideOrSelfHarm), match) ||
          isNear(this.matches(CONTEXT.aboutEatingDisorders), match)
        );
    }
  }

  /** Matches that are about someone's harm: not inside "suicide prevention", "career suicide" and the like. */
  private aboutHarm(m: Matcher): Span[] {
    let kept = this.harmSpans.get(m);
    if (kept === undefined) {
      const spans = this.matches(m);
      const excluded = spans.length === 0 ? [] : this.matches(CONTEXT.notAboutHarm);
      kept = spans.filter((s) => !excluded.some((x) => x.start <= s.start && s.end <= x.end));
      this.harmSpans.set(m, kept);
    }
    return kept;
  }
}

/** Where each sentence of the normalised view starts: after ". ", "! ", "? " or a line break. */
function findSentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /[.!?]+\s+|\n+/g;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (end < text.length) starts.push(end);
  }
  return starts;
}

function applies(rule: SafetyRule, context: TextContext): boolean {
  const condition = rule.appliesTo;
  if (condition === undefined) return true;
  const { topics, textAbout = [] } = condition;
  if (topics === 'any-sensitive' && context.topics.some(isSensitiveTopic)) return true;
  if (Array.isArray(topics) && topics.some((topic) => context.topics.includes(topic))) return true;
  return textAbout.some((subject) => context.isAbout(subject));
}

function findForbidden({ rule, patterns }: CompiledRule, context: TextContext): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  for (const pattern of patterns) {
    for (const match of context.matches(pattern.matcher)) {
      if (!context.allows(pattern.when, match)) continue;
      const span = context.view.toOriginal(match.start, match.end);
      findings.push(finding(rule, context.original, span, pattern.suggestion));
    }
  }
  return findings;
}

function findMissing({ rule, patterns }: CompiledRule, context: TextContext): SafetyFinding | null {
  if (rule.kind !== 'require') return null;
  const { original, view } = context;
  const openingStart = firstNonSpace(original);
  const searched =
    rule.within === undefined ? view.text : view.text.slice(0, view.countBefore(openingStart + rule.within));
  for (const pattern of patterns) {
    if (!context.mayMatch(pattern.matcher)) continue;
    pattern.matcher.re.lastIndex = 0;
    if (pattern.matcher.re.test(searched)) return null;
  }
  const span =
    rule.span === 'whole-text'
      ? { start: 0, end: original.length }
      : openingSpan(original, openingStart, rule.within ?? original.length);
  return finding(rule, original, span, rule.suggestion);
}

function finding(rule: SafetyRule, original: string, span: Span, suggestion: string | null): SafetyFinding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    start: span.start,
    end: span.end,
    excerpt: original.slice(span.start, span.end),
    message: rule.message,
    suggestion,
  };
}

/** Every match of a global pattern within text[from, to), with separators trimmed from its ends. */
function findAll(re: RegExp, text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  findAllInto(spans, re, text, from, to);
  return spans;
}

function findAllInto(spans: Span[], re: RegExp, text: string, from: number, to: number): void {
  // A window is searched as a slice, so a match cannot run past it; offsets are shifted back.
  const searched = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(searched); m !== null; m = re.exec(searched)) {
    let start = from + m.index;
    let end = start + m[0].length;
    if (end === start) {
      re.lastIndex += 1;
      continue;
    }
    while (start < end && isSeparator(text.charCodeAt(start))) start += 1;
    while (end > start && isSeparator(text.charCodeAt(end - 1))) end -= 1;
    if (end > start) spans.push({ start, end });
  }
}

function isSeparator(code: number): boolean {
  return code === 32 || code === 10 || code === 45 || code === 95;
}

/** A context span is near a match when it lies within NEAR_WINDOW of it and is not part of the match itself. */
function isNear(spans: readonly Span[], match: Span): boolean {
  for (const s of spans) {
    const overlaps = s.start < match.end && s.end > match.start;
    if (!overlaps && s.start < match.end + NEAR_WINDOW && s.end > match.start - NEAR_WINDOW) return true;
  }
  return false;
}

/**
 * Within one rule, overlapping matches are one problem: "overdosed on 40" and "40 pills" become "overdosed on
 * 40 pills". Matches with different suggestions stay apart unless one lies inside the other.
 */
function mergeOverlapping(findings: SafetyFinding[], original: string): SafetyFinding[] {
  const sorted = findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SafetyFinding[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last !== undefined && f.end <= last.end) continue;
    if (last !== undefined && f.start < last.end && f.suggestion === last.suggestion) {
      kept[kept.length - 1] = { ...last, end: f.end, excerpt: original.slice(last.start, f.end) };
      continue;
    }
    kept.push(f);
  }
  return kept;
}

function byPosition(a: SafetyFinding, b: SafetyFinding): number {
  return (
    a.start - b.start ||
    SAFETY_RULE_IDS.indexOf(a.ruleId) - SAFETY_RULE_IDS.indexOf(b.ruleId) ||
    a.end - b.end
  );
}

function firstNonSpace(text: string): number {
  const m = /\S/.exec(text);
  return m === null ? 0 : m.index;
}

/** The opening where a content warning belongs: the first sentence or line, at most `within` characters. */
function openingSpan(text: string, start: number, within: number): Span {
  let end = Math.min(text.length, start + within);
  const sentence = /[.!?\n]/g;
  sentence.lastIndex = start;
  const stop = sentence.exec(text);
  if (stop !== null && stop.index < end) end = stop.index + (text[stop.index] === '\n' ? 0 : 1);
  // Never cut an emoji in half.
  if (end < text.length && end > start && isLowSurrogate(text.charCodeAt(end))) end += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return { start, end };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
