import { describe, expect, it } from 'vitest';
import { Topic } from '../topics.js';
import { checkSafeMessaging } from './check.js';
import { type SafetyRuleId, SafetySeverity } from './types.js';

const findingsOf = (text: string, ruleId: SafetyRuleId, topics?: readonly Topic[]) =>
  checkSafeMessaging(text, { topics }).filter((f) => f.ruleId === ruleId);

const STORY = 'I struggled with suicidal thoughts for years. Today I want to share what helped me.';

describe('missing-help-resource: a sensitive post should say where to get help', () => {
  it('warns on a post about suicide that names no help, underlining the whole text', () => {
    const [finding, ...rest] = findingsOf(STORY, 'missing-help-resource');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: SafetySeverity.WARN,
      start: 0,
      end: STORY.length,
      excerpt: STORY,
    });
    expect(finding.suggestion).toContain('988');
  });

  it('warns on a post filed under a sensitive topic even when its words are mild', () => {
    expect(
      findingsOf('Grief comes in waves. Be gentle with yourself.', 'missing-help-resource', [Topic.GRIEF]),
    ).toHaveLength(1);
  });

  it('warns on a post about eating disorders', () => {
    expect(findingsOf('My anorexia recovery story, part 2.', 'missing-help-resource')).toHaveLength(1);
  });

  it.each([
    'If you are struggling, call or text 988.',
    'Text HOME to 741741 to reach Crisis Text Line.',
    'Samaritans are there day and night on 116 123.',
    'In Australia call Lifeline on 13 11 14.',
    'Singapore: call SOS at 1767.',
    'Text SHOUT to 85258.',
    'You can find a helpline at findahelpline.com.',
    'More support at https://befrienders.org',
    'Please reach out to someone you trust.',
    'Support is available, you are not alone.',
    'Resources are in my bio.',
    'Help & resources: link in bio 💛',
    'Our crisis line is open 24/7.',
    'NEDA has a helpline for eating disorders.',
    'Call our line on 0800 068 4141.',
    'US: 1-800-273-8255',
    'Call (800) 273-8255.',
    'WhatsApp +44 7700 900123',
  ])('is satisfied by %j', (resource) => {
    expect(findingsOf(`${STORY} ${resource}`, 'missing-help-resource')).toEqual([]);
  });

  it.each([
    'This joke killed me 😂',
    'Morning routine: journaling, a walk, water. #selfcare',
    '988 is the Suicide & Crisis Lifeline',
    'Government doubles suicide prevention funding',
    'we talk about suicide prevention and hope',
    'That movie, Suicide Squad, was great.',
    'That tweet was career suicide.',
    'Link in bio for my merch!',
  ])('does not ask a post that is not about suicide, self-harm or eating disorders: %j', (text) => {
    expect(findingsOf(text, 'missing-help-resource')).toEqual([]);
  });

  it('does not take years for a phone number', () => {
    expect(findingsOf('My brother (1998-2019) died by suicide.', 'missing-help-resource')).toHaveLength(1);
  });

  it('asks when staff file a prevention post under suicide prevention', () => {
    expect(
      findingsOf('we talk about suicide prevention and hope', 'missing-help-resource', [
        Topic.SUICIDE_PREVENTION,
      ]),
    ).toHaveLength(1);
  });
});

describe('missing-content-warning: a sensitive post should open with a content warning', () => {
  it('warns and underlines the opening sentence where the warning belongs', () => {
    const [finding, ...rest] = findingsOf(STORY, 'missing-content-warning');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: SafetySeverity.WARN,
      start: 0,
      end: 45,
      excerpt: 'I struggled with suicidal thoughts for years.',
    });
  });

  it('underlines at most the first 80 characters of a long opening, never half an emoji', () => {
    // The 80-character limit falls between the two halves of the emoji.
    const text = `  ${'a'.repeat(79)}😂 and then suicide`;
    const [finding] = findingsOf(text, 'missing-content-warning');
    expect(finding.start).toBe(2);
    expect(finding.end).toBe(83);
    expect(finding.excerpt.endsWith('😂')).toBe(true);
  });

  it.each([
    'CW: suicide.',
    'TW: self-harm, suicide',
    'tw // sh, suicide',
    'Content warning: this video discusses suicide.',
    'Trigger warning - eating disorders',
    '⚠️ suicide, self-harm',
    '🚨 heavy topic',
    'Sensitive topic ahead: my story.',
    'This video talks about my suicide attempt.',
    '#tw #suicideawareness',
    'Warning: mentions of suicide',
    '(cw: suicide)',
  ])('is satisfied by an opening of %j', (opening) => {
    expect(findingsOf(`${opening} ${STORY}`, 'missing-content-warning')).toEqual([]);
  });

  it('does not count a warning buried after the opening', () => {
    const text = `${STORY} I want to be honest about everything. CW: suicide.`;
    expect(findingsOf(text, 'missing-content-warning')).toHaveLength(1);
  });

  it.each(['Learn the warning signs of suicide.', 'Warning signs include talking about wanting to die.'])(
    'does not take "warning signs" for a content warning: %j',
    (text) => {
      expect(findingsOf(text, 'missing-content-warning')).toHaveLength(1);
    },
  );

  it('does not ask a harmless post for a content warning', () => {
    expect(findingsOf('I could kill for a coffee right now', 'missing-content-warning')).toEqual([]);
  });

  it('asks for a content warning on an empty caption filed under self-harm', () => {
    expect(findingsOf('', 'missing-content-warning', [Topic.SELF_HARM])).toMatchObject([
      { start: 0, end: 0, excerpt: '' },
    ]);
  });
});
