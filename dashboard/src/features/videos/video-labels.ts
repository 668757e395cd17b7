/** Words for a video's advisory and caption, the same in the list, its CSV and the video's page. */

export interface AdvisoryLike {
  readonly required: boolean;
  readonly warningOverridden: boolean;
  readonly requiresOptIn: boolean;
  readonly minimumAge?: number | null;
}

/** The advisory level staff filter and read by: none, a warning, or a warning the reader opts in past. */
export type AdvisoryLevel = 'none' | 'warning' | 'opt-in';

export function advisoryLevel(advisory: AdvisoryLike): AdvisoryLevel {
  if (!advisory.required) return 'none';
  return advisory.requiresOptIn ? 'opt-in' : 'warning';
}

/** "Opt-in, 13+ (staff wording)": what a reader meets before the video plays, in a few words. */
export function advisoryText(advisory: AdvisoryLike): string {
  const level = advisoryLevel(advisory);
  if (level === 'none') return 'None';
  const parts = [level === 'opt-in' ? 'Opt-in' : 'Warning'];
  if (advisory.minimumAge) parts.push(`${advisory.minimumAge}+`);
  const text = parts.join(', ');
  return advisory.warningOverridden ? `${text} (staff wording)` : text;
}

/** The caption cut at a word boundary near `max` characters, on one line. */
export function captionExcerpt(caption: string, max = 90): string {
  const flat = caption.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`;
}

/** "1 finding blocks publishing, 2 warnings", or "None". */
export function findingsText(findings: readonly { severity: string }[] | null | undefined): string {
  if (!findings || findings.length === 0) return 'None';
  const blocking = findings.filter((f) => f.severity === 'BLOCK').length;
  const warnings = findings.length - blocking;
  const parts: string[] = [];
  if (blocking) parts.push(`${blocking} ${blocking === 1 ? 'blocks' : 'block'} publishing`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.join(', ');
}

/** "#a #b" from stored hashtags, and back: "#A, b  #c" → ["a", "b", "c"] (the server normalises too). */
export const hashtagText = (tags: readonly string[]) => tags.map((t) => `#${t}`).join(' ');
export const parseHashtags = (text: string) => [
  ...new Set(
    text
      .split(/[\s,]+/)
      .map((t) => t.replace(/^#+/, '').toLowerCase())
      .filter(Boolean),
  ),
];

/** 95 → "1 min 35 s". */
export function durationText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}
