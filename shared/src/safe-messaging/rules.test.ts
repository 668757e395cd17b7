import { describe, expect, it } from 'vitest';
import { Topic } from '../topics.js';
import { checkSafeMessaging } from './check.js';
import { normalise } from './normalise.js';
import { SAFETY_RULES } from './rules.js';
import { SAFETY_RULE_IDS, type SafetyPattern, type SafetyRule } from './types.js';

/** Topics under which a rule's examples are checked, so rules that need a topic get one. */
function topicsFor(rule: SafetyRule, pattern: SafetyPattern): Topic[] {
  return rule.appliesTo?.topics === undefined && pattern.when !== 'in-eating-disorder-post'
    ? []
    : [Topic.EATING_DISORDERS, Topic.SUICIDE_PREVENTION];
}

const forbidPatterns = SAFETY_RULES.flatMap((rule) =>
  rule.kind === 'forbid' ? rule.patterns.map((pattern, index) => ({ rule, pattern, index })) : [],
);
const requirePatterns = SAFETY_RULES.flatMap((rule) =>
  rule.kind === 'require' ? rule.patterns.map((pattern, index) => ({ rule, pattern, index })) : [],
);

describe('the rule table', () => {
  it('has one rule per rule id, in the documented order', () => {
    expect(SAFETY_RULES.map((rule) => rule.id)).toEqual([...SAFETY_RULE_IDS]);
  });

  it('gives every rule a message, and every forbidding rule a suggestion', () => {
    for (const rule of SAFETY_RULES) {
      expect(rule.message.length).toBeGreaterThan(20);
      if (rule.kind === 'forbid') expect(rule.suggestion).not.toBeNull();
    }
  });

  it('compiles every pattern as a global, case-sensitive pattern over the lower-case view', () => {
    for (const { pattern } of [...forbidPatterns, ...requirePatterns]) {
      expect(pattern.re.flags).toBe('g');
      expect(pattern.re.source).not.toMatch(/[A-Z](?<!\\[A-Z])/);
    }
  });

  it.each(forbidPatterns.map(({ rule, pattern, index }) => [`${rule.id} #${index}`, rule, pattern] as const))(
    '%s catches its own example',
    (_name, rule, pattern) => {
      const view = normalise(pattern.example);
      pattern.re.lastIndex = 0;
      expect(pattern.re.test(view.text)).toBe(true);
      const findings = checkSafeMessaging(pattern.example, { topics: topicsFor(rule, pattern) });
      expect(findings.map((f) => f.ruleId)).toContain(rule.id);
    },
  );

  it.each(
    requirePatterns.map(({ rule, pattern, index }) => [`${rule.id} #${index}`, rule, pattern] as const),
  )('%s is satisfied by its own example', (_name, rule, pattern) => {
    const story = 'I lived with suicidal thoughts for years and I want to talk about it.';
    const text =
      rule.id === 'missing-content-warning' ? `${pattern.example} ${story}` : `${story} ${pattern.example}`;
    expect(checkSafeMessaging(text).map((f) => f.ruleId)).not.toContain(rule.id);
    expect(checkSafeMessaging(story).map((f) => f.ruleId)).toContain(rule.id);
  });
});
