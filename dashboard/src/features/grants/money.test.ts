import { describe, expect, it } from 'vitest';
import { currencySymbol, formatMoney, formatMoneyShort, fromMinor, toMinor } from './money';

describe('amounts typed by staff', () => {
  it('become exact minor units, with or without thousands separators', () => {
    expect(toMinor('2,500.50', 'USD')).toBe(250_050);
    expect(toMinor('0.1', 'USD')).toBe(10);
    expect(toMinor('285714.29', 'USD')).toBe(28_571_429);
    expect(toMinor('1500', 'JPY')).toBe(1500);
  });

  it('are refused with more decimals than the currency has, or when not a number', () => {
    expect(toMinor('1.005', 'USD')).toBeNull();
    expect(toMinor('10.5', 'JPY')).toBeNull();
    expect(toMinor('-5', 'USD')).toBeNull();
    expect(toMinor('ten', 'USD')).toBeNull();
  });

  it('read back as the person typed them', () => {
    expect(fromMinor(250_050, 'USD')).toBe('2500.50');
    expect(fromMinor(5, 'USD')).toBe('0.05');
    expect(fromMinor(1500, 'JPY')).toBe('1500');
  });

  it('are shown as the API writes them, and shortly on a chart axis', () => {
    expect(formatMoney(150_000, 'USD')).toBe('$1,500.00');
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
    expect(formatMoneyShort(26_000_000, 'USD')).toBe('$260K');
    expect(currencySymbol('GBP')).toBe('£');
    expect(currencySymbol('XYZ')).toBe('XYZ');
  });
});
