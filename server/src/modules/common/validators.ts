/**
 * class-validator decorators for Beacon's domain values, so every input refuses the same bad values with
 * the same messages: region codes, https URLs, IANA time zones, handles, topic lists.
 */
import { HANDLE_PATTERN } from '@beacon/shared';
import { buildMessage, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import countries from 'i18n-iso-countries';

/** How far in the future a client's clock may put "now" (completion or verification times) before we refuse it. */
export const CLOCK_SKEW_MS = 60_000;

/** True for an assigned ISO 3166-1 alpha-2 code, in upper case. */
export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value) && countries.isValid(value);
}

export function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRegionCode',
      validator: {
        validate: (value) => isRegionCode(value),
        defaultMessage: buildMessage(
          (each) => `${each}must be an ISO 3166-1 alpha-2 region code in upper case, such as GB or US`,
          options,
        ),
      },
    },
    options,
  );
}

export function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

export function IsHttpsUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHttpsUrl',
      validator: {
        validate: (value) => isHttpsUrl(value),
        defaultMessage: buildMessage((each) => `${each}must be an https:// URL`, options),
      },
    },
    options,
  );
}

export function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (value) => isTimeZone(value),
        defaultMessage: buildMessage(
          (each) => `${each}must be an IANA time zone such as Europe/London`,
          options,
        ),
      },
    },
    options,
  );
}

export function IsHandle(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHandle',
      validator: {
        // Checked after normalisation (trim, leading @ dropped, lower case), as it will be stored.
        validate: (value) =>
          typeof value === 'string' && HANDLE_PATTERN.test(value.trim().replace(/^@+/, '').toLowerCase()),
        defaultMessage: buildMessage(
          () => 'must be 2 to 30 letters, digits, dots or underscores (a leading @ is dropped)',
          options,
        ),
      },
    },
    options,
  );
}

/** Rejects a start after its end; put it on the end field. `startField` names the sibling. */
export function IsAfterOrEqual(startField: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAfterOrEqual',
      constraints: [startField],
      validator: {
        validate: (value, args) => {
          const start = (args?.object as Record<string, unknown> | undefined)?.[startField];
          if (value == null || start == null) return true;
          const a = start instanceof Date ? start.getTime() : String(start);
          const b = value instanceof Date ? value.getTime() : String(value);
          return b >= a;
        },
        defaultMessage: buildMessage(() => `must not be before ${startField}`, options),
      },
    },
    options,
  );
}

/**
 * For update inputs: the field may be left out (unchanged) but, when sent, must not be null and must pass
 * the field's other checks. Fields where null means "clear it" (an optional parent such as a training
 * session's campaign) do not use this and say so in their description.
 */
export function IsOmittable(options?: ValidationOptions): PropertyDecorator {
  const sent = ValidateIf((_object, value) => value !== undefined, options);
  const notNull = ValidateBy(
    {
      name: 'isNotNull',
      validator: {
        validate: (value) => value !== null,
        defaultMessage: buildMessage(
          () => 'must not be null: leave it out to keep the current value',
          options,
        ),
      },
    },
    options,
  );
  return (target, key) => {
    sent(target, key);
    notNull(target, key);
  };
}
