/**
 * "Archived", the same on every page and list: a quiet outline in gray 8 (7.5:1 on white), not red, since
 * an archived record is kept on purpose rather than broken.
 */
import { Badge, type MantineSize, type MantineSpacing } from '@mantine/core';

/** `ml` is the gap after a title it follows; 0 where it stands alone (a table's status cell). */
export function ArchivedBadge({ size = 'lg', ml = 'sm' }: { size?: MantineSize; ml?: MantineSpacing | 0 }) {
  return (
    <Badge color="gray.8" variant="outline" size={size} tt="none" ml={ml}>
      Archived
    </Badge>
  );
}
