/** The content advisory a video carries, derived from its topics by the shared code, with a staff override. */
import { deriveAdvisory } from '@beacon/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Topic } from '../common/domain-enums.js';
import type { AwarenessVideo } from './awareness-video.entity.js';

@ObjectType({ description: 'What a viewer is told before a video on a sensitive topic, and how it plays.' })
export class ContentAdvisory {
  @Field({ description: 'True when the video covers a sensitive topic and so carries an advisory.' })
  required!: boolean;

  @Field(() => [Topic], { description: 'The sensitive topics the video covers.' })
  sensitiveTopics!: Topic[];

  @Field(() => String, {
    nullable: true,
    description: 'The warning shown before the video; null when none is needed.',
  })
  warningText!: string | null;

  @Field({ description: 'True when staff replaced the derived warning text.' })
  warningOverridden!: boolean;

  @Field({ description: 'Whether a viewer must opt in before the video plays.' })
  requiresOptIn!: boolean;

  @Field(() => Int, { nullable: true, description: 'Minimum viewer age where a topic needs one.' })
  minimumAge!: number | null;
}

export function advisoryOf(video: AwarenessVideo): ContentAdvisory {
  const derived = deriveAdvisory(video.topics);
  const overridden = derived.required && video.advisoryWarningOverride !== null;
  return Object.assign(new ContentAdvisory(), {
    ...derived,
    warningText: overridden ? video.advisoryWarningOverride : derived.warningText,
    warningOverridden: overridden,
  });
}
