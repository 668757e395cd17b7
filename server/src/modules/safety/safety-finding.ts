/**
 * Safe-messaging findings as Beacon stores and serves them. The check itself lives in the shared package so
 * the dashboard runs the very same code as staff type; here each finding also says which field it is in.
 */
import { checkSafeMessaging, type SafetyFinding, SafetySeverity, type Topic } from '@beacon/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { describeEnum } from '../common/enums.js';

describeEnum(SafetySeverity, 'SafetySeverity', 'How serious a safe-messaging finding is.', {
  BLOCK: 'Must be fixed: a spotlight featuring this text cannot be published.',
  WARN: 'Should be fixed: shown to staff, does not stop publishing.',
});

export enum SafetyField {
  TITLE = 'TITLE',
  CAPTION = 'CAPTION',
  BIO = 'BIO',
  CITATION = 'CITATION',
  TEXT = 'TEXT',
}

describeEnum(SafetyField, 'SafetyField', 'Which text of a record a finding is in.', {
  TITLE: "A video's title.",
  CAPTION: "A video's caption.",
  BIO: "A creator's biography.",
  CITATION: "A spotlight's citation.",
  TEXT: 'A draft text checked with `checkSafeMessaging`.',
});

/** A finding as stored on a record (JSON) and served to staff. */
export interface StoredFinding extends SafetyFinding {
  readonly field: SafetyField;
}

@ObjectType({
  description: 'A place where a text departs from safe-messaging guidelines, and what to do about it.',
})
export class SafetyFindingType {
  @Field({ description: 'The rule, for example `stigmatising-language` or `method-or-location`.' })
  ruleId!: string;

  @Field(() => SafetySeverity, { description: 'BLOCK stops a spotlight from publishing; WARN does not.' })
  severity!: SafetySeverity;

  @Field(() => SafetyField, { description: 'Which text of the record the finding is in.' })
  field!: SafetyField;

  @Field(() => Int, { description: 'Offset (UTF-16 code units) where the span starts in that text.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the span.' })
  end!: number;

  @Field({ description: 'The text of the span, exactly as written.' })
  excerpt!: string;

  @Field({ description: 'What is wrong, for the editor.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'A suggested rewording, where one exists.' })
  suggestion!: string | null;
}

/** Runs the check over each named text of a record, tagging findings with their field. */
export function findingsFor(
  texts: Partial<Record<SafetyField, string>>,
  topics: readonly Topic[],
): StoredFinding[] {
  return Object.entries(texts).flatMap(([field, text]) =>
    text
      ? checkSafeMessaging(text, { topics }).map((finding) => ({ ...finding, field: field as SafetyField }))
      : [],
  );
}
