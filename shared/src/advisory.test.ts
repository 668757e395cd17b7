import { describe, expect, it } from 'vitest';
import { deriveAdvisory } from './advisory.js';
import { Topic } from './topics.js';

describe('deriveAdvisory', () => {
  it('gives no advisory to a video on non-sensitive topics', () => {
    const advisory = deriveAdvisory([Topic.ANXIETY, Topic.SELF_CARE]);
    expect(advisory.required).toBe(false);
    expect(advisory.warningText).toBeNull();
    expect(advisory.requiresOptIn).toBe(false);
  });

  it('asks viewers to opt in and gates by age for eating-disorder content', () => {
    const advisory = deriveAdvisory([Topic.BODY_IMAGE, Topic.EATING_DISORDERS]);
    expect(advisory.required).toBe(true);
    expect(advisory.sensitiveTopics).toEqual([Topic.EATING_DISORDERS]);
    expect(advisory.requiresOptIn).toBe(true);
    expect(advisory.minimumAge).toBe(13);
    expect(advisory.warningText).toContain('eating disorders');
  });

  it('names every sensitive topic and keeps the highest age gate', () => {
    const advisory = deriveAdvisory([Topic.SUBSTANCE_USE, Topic.GRIEF, Topic.EATING_DISORDERS]);
    expect(advisory.sensitiveTopics).toEqual([Topic.EATING_DISORDERS, Topic.SUBSTANCE_USE, Topic.GRIEF]);
    expect(advisory.warningText).toMatch(/eating disorders, substance use and grief and loss/);
    expect(advisory.minimumAge).toBe(18);
  });
});
