/**
 * The crisis resources a reader is offered, as the hub lists them: name, hours, and each way to reach
 * them (a web address as a link). Used wherever staff preview what a reader in a region gets.
 */
import { Anchor, List, Text } from '@mantine/core';

const CHANNEL_WORDS: Record<string, string> = { CALL: 'Call', TEXT: 'Text', CHAT: 'Chat', WEB: 'Web' };

export interface CrisisLine {
  readonly id: string;
  readonly name: string;
  readonly hours: string;
  readonly contacts: readonly { channel: string; value: string; instructions?: string | null }[];
}

export function CrisisLines({ resources }: { resources: readonly CrisisLine[] }) {
  if (resources.length === 0) return <Text size="sm">No crisis resources for this region.</Text>;
  return (
    <List size="sm" spacing={4}>
      {resources.map((resource) => (
        <List.Item key={resource.id}>
          <Text size="sm" span fw={500}>
            {resource.name}
          </Text>{' '}
          ({resource.hours}):{' '}
          {resource.contacts.map((contact, i) => (
            <span key={`${contact.channel}-${contact.value}`}>
              {i > 0 && '; '}
              {CHANNEL_WORDS[contact.channel] ?? contact.channel}{' '}
              {contact.value.startsWith('https://') ? (
                <Anchor href={contact.value} target="_blank" rel="noopener noreferrer" size="sm">
                  {contact.value}
                </Anchor>
              ) : (
                contact.value
              )}
              {contact.instructions && ` (${contact.instructions})`}
            </span>
          ))}
        </List.Item>
      ))}
    </List>
  );
}
