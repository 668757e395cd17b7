/**
 * The vocabulary of the safe-messaging check: what a finding looks like, how severe it is, and the shape of
 * the rule table (rules are data, see rules.ts). Shared by the server, which enforces the check at publish,
 * and the dashboard, which previews it while staff type.
 */
import type { Topic } from '../topics.js';

/** The longest text the check accepts through the API; the server rejects longer texts before checking. */
export const SAFETY_TEXT_MAX = 20_000;

/** BLOCK stops a spotlight from publishing; WARN is shown to staff and creators but does not stop it. */
export enum SafetySeverity {
  BLOCK = 'BLOCK',
  WARN = 'WARN',
}

/** Every rule the check knows, in the order the rule table runs them. */
export const SAFETY_RULE_IDS = [
  'method-or-location',
  'stigmatising-language',
  'sensational-framing',
  'single-cause',
  'eating-disorder-specifics',
  'missing-help-resource',
  'missing-content-warning',
] as const;

export type SafetyRuleId = (typeof SAFETY_RULE_IDS)[number];

/** One problem in a text: which rule, how severe, where (UTF-16 offsets into the text as given) and what to do. */
export interface SafetyFinding {
  readonly ruleId: SafetyRuleId;
  readonly severity: SafetySeverity;
  /** Offset of the first UTF-16 code unit of the span in the original text. */
  readonly start: number;
  /** Offset just past the span; `text.slice(start, end) === excerpt` always holds. */
  readonly end: number;
  readonly excerpt: string;
  readonly message: string;
  readonly suggestion: string | null;
}

export interface SafeMessagingOptions {
  /** The topics the video, creator or citation is filed under; sensitive ones switch on the topic rules. */
  readonly topics?: readonly Topic[];
}

/**
 * When a pattern may report, judged from the words around it (within NEAR_WINDOW normalised characters):
 * - `always`: the words alone are the problem;
 * - `near-harm`: only near words about suicide or self-harm ("pills" near "suicidal", not in a pharmacy tip);
 * - `unless-benign`: unless a harmless activity is near and no harm words are ("jumped off the cliff into the sea");
 * - `near-subject`: near any mention of suicide, self-harm or eating disorders, even a prevention programme's;
 * - `in-eating-disorder-post`: judged from the whole post, not the nearby words: filed under eating disorders
 *   or body image, or its own words are about eating disorders (a weight in kg, a size, a fast).
 */
export type PatternContext =
  | 'always'
  | 'near-harm'
  | 'unless-benign'
  | 'near-subject'
  | 'in-eating-disorder-post';

/** One way a rule recognises its problem. */
export interface SafetyPattern {
  /** Runs on the normalised view (lower case, folded, see normalise.ts); must carry the `g` flag. */
  readonly re: RegExp;
  /** Defaults to `always`. */
  readonly when?: PatternContext;
  /** Replaces the rule's suggestion for matches of this pattern (a tense-matched rewording, say). */
  readonly suggestion?: string;
  /** A text this pattern must catch; the tests run every example through the whole check. */
  readonly example: string;
}

/** What a text can be about, judged from its own words when the caller gives no topics. */
export type TextSubject = 'suicide-or-self-harm' | 'eating-disorders';

/** When a rule runs at all: one of these topics is given, or the text itself is about one of these subjects. */
export interface TopicCondition {
  /** `any-sensitive`: any topic that `isSensitiveTopic` says needs an advisory. */
  readonly topics?: readonly Topic[] | 'any-sensitive';
  readonly textAbout?: readonly TextSubject[];
}

interface SafetyRuleBase {
  readonly id: SafetyRuleId;
  readonly severity: SafetySeverity;
  /** Says what is wrong, in words a creator understands. */
  readonly message: string;
  readonly suggestion: string | null;
  /** Absent: the rule runs on every text. */
  readonly appliesTo?: TopicCondition;
}

/** Reports every match of its patterns. */
export interface ForbidRule extends SafetyRuleBase {
  readonly kind: 'forbid';
  readonly patterns: readonly SafetyPattern[];
}

/** Reports once when none of its patterns matches (within the first `within` characters, if given). */
export interface RequireRule extends SafetyRuleBase {
  readonly kind: 'require';
  readonly patterns: readonly SafetyPattern[];
  /** Only the text's opening counts: this many UTF-16 code units after any leading white space. */
  readonly within?: number;
  /** The span a finding covers: the whole text, or the opening where the missing words belong. */
  readonly span: 'whole-text' | 'opening';
}

export type SafetyRule = ForbidRule | RequireRule;
