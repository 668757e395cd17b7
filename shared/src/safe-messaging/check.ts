/**
 * The safe-messaging check: runs the rule table (rules.ts) over a caption, citation or bio and returns every
 * finding with its span in the text as written. Pure and dependency-free, so the dashboard previews exactly
 * what the server enforces at publish.
 *
 * Linear in the text's length: one normalisation pass, then each precompiled pattern over the normalised
 * view, each context detector at most once and only when a rule asks for it. (A literal pre-check that
 * skipped patterns whose words were absent saved about half a millisecond on a 5,000-character caption and
 * was removed: the check runs when a text is saved, not on a hot path; README.md has the numbers.)
 */
import { isSensitiveTopic, Topic } from '../topics.js';
import { type NormalisedText, normalise } from './normalise.js';
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

/** Posts filed under these are about eating disorders whatever their words. */
const EATING_DISORDER_TOPICS: readonly Topic[] = [Topic.EATING_DISORDERS, Topic.BODY_IMAGE];

/** How far (in normalised characters, either side) context words count as "near" a match. */
export const NEAR_WINDOW = 100;

export function checkSafeMessaging(text: string, options: SafeMessagingOptions = {}): SafetyFinding[] {
  const context = new TextContext(text, normalise(text), options.topics ?? []);
  const findings: SafetyFinding[] = [];
  for (const rule of SAFETY_RULES) {
    if (!applies(rule, context)) continue;
    if (rule.kind === 'forbid') findings.push(...mergeOverlapping(findForbidden(rule, context), text));
    else {
      const missing = findMissing(rule, context);
      if (missing !== null) findings.push(missing);
    }
  }
  return findings.sort(byPosition);
}

/** True when any finding stops publication. */
export function hasBlockingFinding(findings: readonly SafetyFinding[]): boolean {
  return findings.some((finding) => finding.severity === SafetySeverity.BLOCK);
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** What the check knows about one text; each detector runs at most once, and only when a rule asks. */
class TextContext {
  private readonly spans = new Map<RegExp, Span[]>();
  private readonly harmSpans = new Map<RegExp, Span[]>();
  private readonly about = new Map<TextSubject, boolean>();

  constructor(
    readonly original: string,
    readonly view: NormalisedText,
    readonly topics: readonly Topic[],
  ) {}

  /** Every match of a pattern in the normalised view. */
  matches(re: RegExp): Span[] {
    let spans = this.spans.get(re);
    if (spans === undefined) {
      spans = findAll(re, this.view.text);
      this.spans.set(re, spans);
    }
    return spans;
  }

  isAbout(subject: TextSubject): boolean {
    let about = this.about.get(subject);
    if (about === undefined) {
      about =
        this.aboutHarm(subject === 'eating-disorders' ? ABOUT_EATING_DISORDERS : ABOUT_SUICIDE_OR_SELF_HARM)
          .length > 0;
      this.about.set(subject, about);
    }
    return about;
  }

  /** Filed under eating disorders or body image, or its own words are about eating disorders. */
  isEatingDisorderPost(): boolean {
    return (
      this.topics.some((topic) => EATING_DISORDER_TOPICS.includes(topic)) || this.isAbout('eating-disorders')
    );
  }

  allows(when: PatternContext, match: Span): boolean {
    switch (when) {
      case 'always':
        return true;
      case 'near-harm':
        return isNear(this.aboutHarm(HARM_CUES), match);
      case 'unless-benign':
        return isNear(this.aboutHarm(HARM_CUES), match) || !isNear(this.matches(BENIGN_CUES), match);
      case 'in-eating-disorder-post':
        return this.isEatingDisorderPost();
      case 'near-subject':
        // Any mention counts here, prevention programmes included: sensational framing of those counts too.
        return (
          isNear(this.matches(ABOUT_SUICIDE_OR_SELF_HARM), match) ||
          isNear(this.matches(ABOUT_EATING_DISORDERS), match)
        );
    }
  }

  /** Matches that are about someone's harm: not inside "suicide prevention", "career suicide" and the like. */
  private aboutHarm(re: RegExp): Span[] {
    let kept = this.harmSpans.get(re);
    if (kept === undefined) {
      const spans = this.matches(re);
      const excluded = spans.length === 0 ? [] : this.matches(NOT_ABOUT_HARM);
      kept = spans.filter((s) => !excluded.some((x) => x.start <= s.start && s.end <= x.end));
      this.harmSpans.set(re, kept);
    }
    return kept;
  }
}

function applies(rule: SafetyRule, context: TextContext): boolean {
  const condition = rule.appliesTo;
  if (condition === undefined) return true;
  const { topics, textAbout = [] } = condition;
  if (topics === 'any-sensitive' && context.topics.some(isSensitiveTopic)) return true;
  if (Array.isArray(topics) && topics.some((topic) => context.topics.includes(topic))) return true;
  return textAbout.some((subject) => context.isAbout(subject));
}

function findForbidden(rule: SafetyRule, context: TextContext): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  for (const pattern of rule.patterns) {
    // A whole-post condition is known before searching: a pattern that cannot count is not run at all.
    if (pattern.when === 'in-eating-disorder-post' && !context.isEatingDisorderPost()) continue;
    for (const match of context.matches(pattern.re)) {
      if (!context.allows(pattern.when ?? 'always', match)) continue;
      const span = context.view.toOriginal(match.start, match.end);
      findings.push(finding(rule, context.original, span, pattern.suggestion ?? rule.suggestion));
    }
  }
  return findings;
}

function findMissing(rule: SafetyRule, context: TextContext): SafetyFinding | null {
  if (rule.kind !== 'require') return null;
  const { original, view } = context;
  const openingStart = firstNonSpace(original);
  const searched =
    rule.within === undefined ? view.text : view.text.slice(0, view.countBefore(openingStart + rule.within));
  for (const { re } of rule.patterns) {
    re.lastIndex = 0;
    if (re.test(searched)) return null;
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

/** Every match of a global pattern in the text, with separators trimmed from its ends. */
function findAll(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    if (end === start) {
      re.lastIndex += 1;
      continue;
    }
    while (start < end && isSeparator(text.charCodeAt(start))) start += 1;
    while (end > start && isSeparator(text.charCodeAt(end - 1))) end -= 1;
    if (end > start) spans.push({ start, end });
  }
  return spans;
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
