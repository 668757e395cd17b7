/** The shared package's programme enums, registered with GraphQL descriptions. */
import { ContentStrategy, STRATEGY_LABELS, TOPIC_INFO, Topic } from '@beacon/shared';
import { describeEnum } from './enums.js';

describeEnum(
  Topic,
  'Topic',
  'What awareness content, a creator, an organisation, a training session or a crisis resource is about. Sensitive topics carry a content advisory.',
  Object.fromEntries(
    Object.values(Topic).map((t) => [
      t,
      TOPIC_INFO[t].sensitive
        ? `${TOPIC_INFO[t].label} (sensitive: needs an advisory and crisis resources).`
        : `${TOPIC_INFO[t].label}.`,
    ]),
  ) as Record<Topic, string>,
);

describeEnum(
  ContentStrategy,
  'ContentStrategy',
  'How a creator raises awareness: the six content strategies of the programme.',
  Object.fromEntries(Object.values(ContentStrategy).map((s) => [s, `${STRATEGY_LABELS[s]}.`])) as Record<
    ContentStrategy,
    string
  >,
);

export { ContentStrategy, Topic };
