/** The campaign board's arithmetic, kept apart from the markup so it can be tested on its own. */

export interface CapacityMeter {
  /** Places taken as a share of capacity, 0 to 100 (for the bar). */
  readonly percent: number;
  /** "7 of 10": what the bar says, and its accessible value. */
  readonly label: string;
  /** A sentence for under the bar. */
  readonly summary: string;
  readonly full: boolean;
}

/**
 * The spotlight's capacity as staff read it. Only published spotlights take a place (the server's capacity
 * check counts those); scheduled ones will need one when they fire, so the summary warns when they would
 * not fit.
 */
export function capacityMeter(published: number, capacity: number, scheduled = 0): CapacityMeter {
  const percent = capacity > 0 ? Math.min(100, Math.round((published / capacity) * 100)) : 100;
  const left = Math.max(0, capacity - published);
  const full = published >= capacity;
  let summary = full
    ? `All ${capacity} places are taken: nothing more can be published until one is withdrawn.`
    : `${left} ${left === 1 ? 'place' : 'places'} left.`;
  if (scheduled > 0) {
    const fits = scheduled <= left;
    summary += ` ${scheduled} scheduled ${scheduled === 1 ? 'needs a place' : 'need places'} when ${
      scheduled === 1 ? 'it publishes' : 'they publish'
    }${fits ? '.' : `; only ${left} ${left === 1 ? 'is' : 'are'} free, so some will not publish.`}`;
  }
  return { percent, label: `${published} of ${capacity}`, summary, full };
}

export type WindowPhase = 'past' | 'now' | 'upcoming';

export function windowPhase(startsAt: string, endsAt: string, now: Date): WindowPhase {
  if (new Date(endsAt).getTime() <= now.getTime()) return 'past';
  if (new Date(startsAt).getTime() <= now.getTime()) return 'now';
  return 'upcoming';
}

export const PHASE_LABELS: Readonly<Record<WindowPhase, string>> = {
  past: 'Ended',
  now: 'On now',
  upcoming: 'Upcoming',
};

const DAY = 86_400_000;

/**
 * Where a window sits on the campaign's span, as left offset and width in percent (clamped to the span,
 * at least 1% wide so a short window stays visible). Campaign days are whole UTC days, the end inclusive.
 */
export function spanOnCampaign(
  window: { startsAt: string; endsAt: string },
  campaign: { startsOn: string; endsOn: string },
): { left: number; width: number } {
  const from = Date.parse(`${campaign.startsOn}T00:00:00Z`);
  const to = Date.parse(`${campaign.endsOn}T00:00:00Z`) + DAY;
  const length = Math.max(to - from, 1);
  const clamp = (t: number) => Math.min(Math.max(t, from), to);
  const start = clamp(Date.parse(window.startsAt));
  const end = clamp(Date.parse(window.endsAt));
  const left = ((start - from) / length) * 100;
  const width = Math.max(((end - start) / length) * 100, 1);
  return { left: Math.min(left, 99), width: Math.min(width, 100 - Math.min(left, 99)) };
}

/** Whether a critical moment (whole days, inclusive) overlaps the campaign's days. */
export function overlapsCampaign(
  moment: { startsOn: string; endsOn: string },
  campaign: { startsOn: string; endsOn: string },
): boolean {
  // ISO dates compare as strings.
  return moment.startsOn <= campaign.endsOn && moment.endsOn >= campaign.startsOn;
}

/** The years a campaign's calendar offers: the campaign's own and the one after its end. */
export function calendarYears(campaign: { startsOn: string; endsOn: string }): number[] {
  const first = Number(campaign.startsOn.slice(0, 4));
  const last = Number(campaign.endsOn.slice(0, 4)) + 1;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The training list filtered to the sessions a critical moment's card counts: preparing for its occasion
 * and starting in the 365 days before its first day (the server's rule for `trainingSessionsBefore`), as
 * the list's "Starting from" and "Starting by" days.
 */
export function sessionsBeforeLink(moment: { occasion: string; startsOn: string }): string {
  const start = Date.parse(`${moment.startsOn}T00:00:00Z`);
  const params = new URLSearchParams({
    occasion: moment.occasion,
    from: isoDay(start - 365 * DAY),
    to: isoDay(start - DAY),
  });
  return `/training?${params}`;
}

/** Sessions split by who they train, each list in the order given (soonest first from the server). */
export function byAudience<S extends { audience: string }>(
  sessions: readonly S[],
): { partners: S[]; creators: S[] } {
  return {
    partners: sessions.filter((s) => s.audience === 'PARTNER_ORGANISATIONS'),
    creators: sessions.filter((s) => s.audience === 'CREATORS'),
  };
}

/**
 * A publisher's move made again on an order that changed under it: `id` taken out and put back at index
 * `to` (clamped to the list's end). Null when `id` is no longer in the order (withdrawn meanwhile).
 */
export function moveAgain(order: readonly string[], id: string, to: number): string[] | null {
  if (!order.includes(id)) return null;
  const rest = order.filter((other) => other !== id);
  const at = Math.max(0, Math.min(to, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * What a list that loads one bounded page says when there are more than it holds ("Showing the first 100
 * of 130 programming windows."), so nobody takes the page for all of them; null when it holds them all.
 */
export function notAllShown(shown: number, total: number, plural: string): string | null {
  return total > shown
    ? `Showing the first ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} ${plural}.`
    : null;
}
