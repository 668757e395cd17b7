/**
 * Money as Beacon keeps it: integer minor units with an ISO 4217 currency, never a float. People type
 * amounts in major units ("2,500.50"); these turn that text into minor units exactly (by digits, not
 * arithmetic) and back.
 */

/** How many decimals a currency's minor unit has (2 for USD, 0 for JPY), from the browser's own data. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** "2,500.5" in USD → 250050; null when the text is not an amount with at most the currency's decimals. */
export function toMinor(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text.trim().replaceAll(',', ''));
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = Number(`${whole}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** 250050 in USD → "2500.50": the amount as a person edits it. */
export function fromMinor(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** 250050 in USD → "$2,500.50": written as the API writes `formatted` (en-US), so figures match. */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(minor / 10 ** digits);
}

/** 26000000 in USD → "$260K": short enough for a chart's axis. */
export function formatMoneyShort(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(minor / 10 ** digits);
}

/** "USD" → "$", "GBP" → "£", "CHF" → "CHF": the sign a person writes before an amount. */
export function currencySymbol(currency: string): string {
  try {
    return (
      new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
        .formatToParts(0)
        .find((part) => part.type === 'currency')?.value ?? currency
    );
  } catch {
    return currency;
  }
}
