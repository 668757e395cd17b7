import { describe, expect, it } from 'vitest';
import {
  byAudience,
  calendarYears,
  capacityMeter,
  notAllShown,
  overlapsCampaign,
  sessionsBeforeLink,
  spanOnCampaign,
  windowPhase,
} from './board-model';

describe('the spotlight capacity meter', () => {
  it('reads places taken of capacity, with the places left', () => {
    expect(capacityMeter(7, 10)).toEqual({
      percent: 70,
      label: '7 of 10',
      summary: '3 places left.',
      full: false,
    });
    expect(capacityMeter(9, 10).summary).toBe('1 place left.');
  });

  it('says a full spotlight is full, and never draws past 100%', () => {
    const full = capacityMeter(10, 10);
    expect(full.full).toBe(true);
    expect(full.percent).toBe(100);
    expect(full.summary).toMatch(/^All 10 places are taken/);
    // A capacity lowered below what is already published.
    expect(capacityMeter(12, 10)).toMatchObject({ percent: 100, label: '12 of 10', full: true });
  });

  it('warns when the scheduled spotlights will not all find a place', () => {
    expect(capacityMeter(7, 10, 2).summary).toBe('3 places left. 2 scheduled need places when they publish.');
    expect(capacityMeter(9, 10, 3).summary).toBe(
      '1 place left. 3 scheduled need places when they publish; only 1 is free, so some will not publish.',
    );
  });
});

describe('programming windows on the campaign timeline', () => {
  const campaign = { startsOn: '2023-05-01', endsOn: '2023-05-10' };

  it('places a window by its share of the campaign days (the last day included)', () => {
    expect(
      spanOnCampaign({ startsAt: '2023-05-01T00:00:00Z', endsAt: '2023-05-06T00:00:00Z' }, campaign),
    ).toEqual({ left: 0, width: 50 });
    expect(
      spanOnCampaign({ startsAt: '2023-05-06T00:00:00Z', endsAt: '2023-05-11T00:00:00Z' }, campaign),
    ).toEqual({ left: 50, width: 50 });
  });

  it('clamps a window that spills outside the campaign, and keeps a short one visible', () => {
    expect(
      spanOnCampaign({ startsAt: '2023-04-20T00:00:00Z', endsAt: '2023-05-20T00:00:00Z' }, campaign),
    ).toEqual({ left: 0, width: 100 });
    expect(
      spanOnCampaign({ startsAt: '2023-05-03T00:00:00Z', endsAt: '2023-05-03T00:10:00Z' }, campaign).width,
    ).toBe(1);
  });

  it('says whether a window has ended, is on now or is upcoming', () => {
    const now = new Date('2023-05-05T12:00:00Z');
    expect(windowPhase('2023-05-01T00:00:00Z', '2023-05-02T00:00:00Z', now)).toBe('past');
    expect(windowPhase('2023-05-05T00:00:00Z', '2023-05-06T00:00:00Z', now)).toBe('now');
    expect(windowPhase('2023-05-06T00:00:00Z', '2023-05-07T00:00:00Z', now)).toBe('upcoming');
  });
});

describe('the critical-moments calendar', () => {
  const campaign = { startsOn: '2024-09-01', endsOn: '2024-10-31' };

  it('marks the moments that fall during the campaign', () => {
    expect(overlapsCampaign({ startsOn: '2024-10-10', endsOn: '2024-10-10' }, campaign)).toBe(true);
    expect(overlapsCampaign({ startsOn: '2024-08-20', endsOn: '2024-09-30' }, campaign)).toBe(true);
    expect(overlapsCampaign({ startsOn: '2024-05-01', endsOn: '2024-05-31' }, campaign)).toBe(false);
  });

  it("offers the campaign's years and the one after", () => {
    expect(calendarYears(campaign)).toEqual([2024, 2025]);
    expect(calendarYears({ startsOn: '2023-11-01', endsOn: '2024-01-31' })).toEqual([2023, 2024, 2025]);
  });

  it('splits sessions into partner and creator training, keeping their order', () => {
    const sessions = [
      { id: 'a', audience: 'CREATORS' },
      { id: 'b', audience: 'PARTNER_ORGANISATIONS' },
      { id: 'c', audience: 'CREATORS' },
    ];
    const split = byAudience(sessions);
    expect(split.creators.map((s) => s.id)).toEqual(['a', 'c']);
    expect(split.partners.map((s) => s.id)).toEqual(['b']);
  });
});

describe('a bounded list that holds fewer than there are', () => {
  it('says how many of how many it shows, and nothing when it shows them all', () => {
    expect(notAllShown(100, 1_130, 'programming windows')).toBe(
      'Showing the first 100 of 1,130 programming windows.',
    );
    expect(notAllShown(12, 12, 'programming windows')).toBeNull();
  });
});

describe("the link to a critical moment's sessions", () => {
  it('filters the training list to the occasion and the 365 days before the moment begins', () => {
    expect(sessionsBeforeLink({ occasion: 'WORLD_MENTAL_HEALTH_DAY', startsOn: '2024-10-10' })).toBe(
      '/training?occasion=WORLD_MENTAL_HEALTH_DAY&from=2023-10-11&to=2024-10-09',
    );
  });
});
