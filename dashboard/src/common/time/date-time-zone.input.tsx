/**
 * Picks an instant the way people schedule: a date, a time and the IANA time zone they mean (native date
 * and time inputs, keyboard- and screen-reader-friendly in every browser, and a searchable zone list). Under
 * it, read out as it changes, the instant in that zone, in UTC and in the person's own zone, and a warning
 * when the clocks skip or repeat that time.
 *
 *   const [when, setWhen] = useState<ZonedDateTime>({ date: '', time: '09:00', timeZone: userTimeZone() });
 *   <DateTimeZoneInput legend="Publish at" value={when} onChange={setWhen} />
 *   const resolved = toInstant(when); // send resolved.instant.toISOString() and when.timeZone
 */
import { Alert, Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import {
  formatInZone,
  offsetLabel,
  timeZones,
  toInstant,
  userTimeZone,
  type ZonedDateTime,
} from './zoned-time';

export function DateTimeZoneInput({
  legend,
  value,
  onChange,
  error,
  description,
  required,
}: {
  legend: string;
  value: ZonedDateTime;
  onChange: (value: ZonedDateTime) => void;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
}) {
  const zones = useMemo(timeZones, []);
  const resolved = toInstant(value);
  const mine = userTimeZone();
  const complete = Boolean(value.date && value.time && value.timeZone);

  return (
    // The legend names the date, time and zone below it: as strong as their labels, not weaker.
    <Fieldset legend={legend} variant="unstyled" styles={{ legend: { fontWeight: 600 } }}>
      <Stack gap="xs">
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="date"
            label="Date"
            required={required}
            value={value.date}
            onChange={(e) => onChange({ ...value, date: e.currentTarget.value })}
          />
          <TextInput
            type="time"
            label="Time"
            required={required}
            value={value.time}
            onChange={(e) => onChange({ ...value, time: e.currentTarget.value })}
          />
          <Select
            label="Time zone"
            required={required}
            searchable
            limit={60}
            data={zones}
            value={value.timeZone || null}
            onChange={(zone) => onChange({ ...value, timeZone: zone ?? '' })}
            nothingFoundMessage="No time zone by that name"
            allowDeselect={false}
          />
        </SimpleGrid>
        <Text size="sm" role="status">
          {resolved ? (
            <>
              {formatInZone(resolved.instant, value.timeZone)} ({value.timeZone},{' '}
              {offsetLabel(resolved.instant, value.timeZone)}){' is '}
              <strong>{formatInZone(resolved.instant, 'UTC')}</strong>
              {mine !== value.timeZone && mine !== 'UTC' && (
                <>
                  {' and '}
                  {formatInZone(resolved.instant, mine)} in your time zone ({mine})
                </>
              )}
              .
            </>
          ) : complete ? (
            'That date and time do not exist; check them.'
          ) : (
            'Choose a date, a time and a time zone.'
          )}
        </Text>
        {resolved?.kind === 'skipped' && (
          <Alert color="yellow" variant="light" p="xs">
            The clocks go forward that night in {value.timeZone}: {value.time} does not happen, so this is the
            time an hour later on the clock.
          </Alert>
        )}
        {resolved?.kind === 'repeated' && (
          <Alert color="yellow" variant="light" p="xs">
            The clocks go back that night in {value.timeZone}: {value.time} happens twice; this is the first.
          </Alert>
        )}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
