/**
 * What "apply the suggestion" means for each safe-messaging rule. Some suggestions are a replacement for
 * the span ("died by suicide"), some add what is missing (a content warning at the start, a help resource
 * at the end), and some are advice only a person can follow (rewrite sensational wording): those get no
 * one-click fix. Exhaustive over the rule ids, so a new rule must decide.
 */
import type { SafetyFinding, SafetyRuleId } from '@beacon/shared';

export interface Fix {
  /** The button's words, naming exactly what it will do. */
  readonly label: string;
  /** The new text, and where the caret goes after it. */
  apply(text: string): { text: string; caret: number };
}

/** The first example quoted in a suggestion: `Start with a content warning, e.g. "CW: …"` → `CW: …`. */
const quotedExample = (suggestion: string | null) => /"([^"]+)"/.exec(suggestion ?? '')?.[1] ?? null;

/** `dying by suicide (the past tense is …)` → `dying by suicide`; `a, or b` → `a`. */
const replacementOf = (suggestion: string) =>
  suggestion.replace(/\s*\(.*\)\s*$/, '').split(/,\s*or\s+/)[0] ?? suggestion;

/** Keeps a replacement's first letter in the case of the words it replaces ("Committed" → "Died"). */
const matchCase = (replacement: string, original: string) =>
  /^[A-Z]/.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;

const replace = (finding: SafetyFinding): Fix | null => {
  if (!finding.suggestion) return null;
  const replacement = matchCase(replacementOf(finding.suggestion), finding.excerpt);
  return {
    label: `Replace “${finding.excerpt}” with “${replacement}”`,
    apply: (text) => {
      // Only when the span still holds the words the check saw (the text may have changed since).
      if (text.slice(finding.start, finding.end) !== finding.excerpt) return { text, caret: finding.start };
      return {
        text: text.slice(0, finding.start) + replacement + text.slice(finding.end),
        caret: finding.start + replacement.length,
      };
    },
  };
};

const prepend = (finding: SafetyFinding): Fix | null => {
  const example = quotedExample(finding.suggestion);
  if (!example) return null;
  return {
    label: `Add “${example}” at the start`,
    apply: (text) => ({ text: `${example}\n\n${text.replace(/^\s+/, '')}`, caret: example.length }),
  };
};

const append = (finding: SafetyFinding): Fix | null => {
  const example = quotedExample(finding.suggestion);
  if (!example) return null;
  return {
    label: `Add “${example}” at the end`,
    apply: (text) => {
      const next = `${text.replace(/\s+$/, '')}\n\n${example}`;
      return { text: next, caret: next.length };
    },
  };
};

const adviceOnly = (): Fix | null => null;

const FIXES = {
  'method-or-location': adviceOnly,
  'stigmatising-language': replace,
  'sensational-framing': adviceOnly,
  'single-cause': adviceOnly,
  'eating-disorder-specifics': adviceOnly,
  'missing-help-resource': append,
  'missing-content-warning': prepend,
} as const satisfies Record<SafetyRuleId, (finding: SafetyFinding) => Fix | null>;

export function fixFor(finding: SafetyFinding): Fix | null {
  return FIXES[finding.ruleId](finding);
}
