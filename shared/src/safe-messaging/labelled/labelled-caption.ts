/**
 * A caption labelled by what the safe-messaging guidelines say about it, for the two labelled sets: the
 * regression set (tests assert every caption) and the held-out set (scored, never tuned on).
 */
import type { Topic } from '../../topics.js';

/**
 * - BLOCK (blocking): the check must return at least one blocking finding;
 * - NO_BLOCK (sensitive but safe): no blocking finding; warnings are fine;
 * - CLEAN (harmless): no finding at all.
 */
export type Expectation = 'BLOCK' | 'NO_BLOCK' | 'CLEAN';

export interface LabelledCaption {
  readonly text: string;
  readonly topics?: readonly Topic[];
  readonly expect: Expectation;
}
