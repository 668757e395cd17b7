/** Lets any staff client check a draft against the safe-messaging rules before saving it. */
import { SAFETY_TEXT_MAX } from '@beacon/shared';
import { Arg, Authorized, Query, Resolver } from 'type-graphql';
import { Topic } from '../common/domain-enums.js';
import { invalidField } from '../common/domain-error.js';
import { Permission } from '../staff/staff-role.js';
import { findingsFor, SafetyField, SafetyFindingType } from './safety-finding.js';

@Resolver()
export class SafetyResolver {
  @Authorized(Permission.STAFF_READ)
  @Query(() => [SafetyFindingType], {
    description: `Check a draft text (at most ${SAFETY_TEXT_MAX} characters) against the safe-messaging guidelines, as saving it would. Staff only.`,
  })
  checkSafeMessaging(
    @Arg('text', { description: 'The draft: a caption, title, biography or citation.' }) text: string,
    @Arg('topics', () => [Topic], {
      defaultValue: [],
      description: 'The topics the text will be filed under; sensitive ones switch on topic rules.',
    })
    topics: Topic[],
  ): SafetyFindingType[] {
    if (text.length > SAFETY_TEXT_MAX) {
      throw invalidField('text', `must be at most ${SAFETY_TEXT_MAX} characters (it has ${text.length})`);
    }
    return findingsFor({ [SafetyField.TEXT]: text }, topics);
  }
}
