/**
 * Scores the safe-messaging check against a labelled set: what the check decided for each caption, a
 * confusion matrix, and precision and recall per label.
 *
 * The check decides one of three things about a text, read from its findings:
 * - BLOCK: at least one blocking finding (the spotlight cannot publish);
 * - NO_BLOCK: warnings only (shown to staff, publishing allowed);
 * - CLEAN: no finding at all.
 * A sensitive but safe caption written well (content warning, help resource, no stigmatising word) draws no
 * finding and so lands in CLEAN: the three-way matrix counts that against NO_BLOCK's recall although the
 * decision that matters (do not block) is right. `accepted` counts each caption by its own label's criterion
 * (the one the regression tests use): BLOCK blocks, NO_BLOCK does not block, CLEAN draws no finding.
 */
import { checkSafeMessaging } from '../check.js';
import { SafetySeverity } from '../types.js';
import type { Expectation, LabelledCaption } from './labelled-caption.js';

export const EXPECTATIONS: readonly Expectation[] = ['BLOCK', 'NO_BLOCK', 'CLEAN'];

export interface ScoredCaption extends LabelledCaption {
  readonly decided: Expectation;
  /** The caption meets its label's criterion. */
  readonly accepted: boolean;
  /** The rules that fired, for reading a miss. */
  readonly rules: readonly string[];
}

export interface LabelScore {
  readonly label: Expectation;
  readonly count: number;
  /** Of the captions the check decided this label for, the share that carry it; null when it decided none. */
  readonly precision: number | null;
  /** Of the captions that carry this label, the share the check decided it for. */
  readonly recall: number;
  /** Of the captions that carry this label, the share that meet its criterion. */
  readonly accepted: number;
}

export interface SetScore {
  readonly captions: number;
  /** confusion[labelled][decided] */
  readonly confusion: Readonly<Record<Expectation, Readonly<Record<Expectation, number>>>>;
  readonly labels: readonly LabelScore[];
  /** Blocking as a yes/no decision: the one that stops a spotlight. */
  readonly blocking: { readonly precision: number | null; readonly recall: number };
  readonly misses: readonly ScoredCaption[];
}

export function decide(caption: LabelledCaption): ScoredCaption {
  const findings = checkSafeMessaging(caption.text, caption.topics ? { topics: caption.topics } : {});
  const decided: Expectation = findings.some((f) => f.severity === SafetySeverity.BLOCK)
    ? 'BLOCK'
    : findings.length > 0
      ? 'NO_BLOCK'
      : 'CLEAN';
  const accepted =
    caption.expect === 'BLOCK'
      ? decided === 'BLOCK'
      : caption.expect === 'NO_BLOCK'
        ? decided !== 'BLOCK'
        : decided === 'CLEAN';
  return { ...caption, decided, accepted, rules: [...new Set(findings.map((f) => f.ruleId))] };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

export function scoreSet(set: readonly LabelledCaption[]): SetScore {
  const scored = set.map(decide);
  const row = (): Record<Expectation, number> => ({ BLOCK: 0, NO_BLOCK: 0, CLEAN: 0 });
  const confusion = { BLOCK: row(), NO_BLOCK: row(), CLEAN: row() };
  for (const c of scored) confusion[c.expect][c.decided] += 1;
  const labels = EXPECTATIONS.map((label): LabelScore => {
    const labelled = scored.filter((c) => c.expect === label);
    const decided = scored.filter((c) => c.decided === label);
    const right = labelled.filter((c) => c.decided === label).length;
    return {
      label,
      count: labelled.length,
      precision: share(right, decided.length),
      recall: share(right, labelled.length) ?? 0,
      accepted: share(labelled.filter((c) => c.accepted).length, labelled.length) ?? 0,
    };
  });
  const blockingLabel = labels.find((l) => l.label === 'BLOCK');
  return {
    captions: scored.length,
    confusion,
    labels,
    blocking: { precision: blockingLabel?.precision ?? null, recall: blockingLabel?.recall ?? 0 },
    misses: scored.filter((c) => !c.accepted),
  };
}
