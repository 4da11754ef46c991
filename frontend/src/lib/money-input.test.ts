import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { amountField, parseAmount } from './money-input';

const t = i18n.t.bind(i18n);
const topUp = amountField(t, { max: 10_000, range: 'range' });
const adjustment = amountField(t, { signed: true, max: 100, range: 'range' });
const threshold = amountField(t, { zero: true, max: 100, range: 'range' });

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('amountField', () => {
  it.each([
    ['12', 12],
    [' 12.5 ', 12.5],
    ['12,50', 12.5],
    ['10000', 10_000],
    ['0.01', 0.01],
  ])('reads %j as %d', (text, amount) => {
    expect(topUp.parse(text)).toBe(amount);
  });

  it.each([
    ['', 'Enter an amount.'],
    ['abc', 'Enter an amount such as 12.50.'],
    ['1.234', 'Use at most 2 decimals.'],
    ['0', 'range'],
    ['-1', 'range'],
    ['10000.01', 'range'],
  ])('refuses %j', (text, expected) => {
    expect(message(topUp.safeParse(text))).toBe(expected);
  });

  it('lets an adjustment go below zero, but not be zero', () => {
    expect(adjustment.parse('-7.50')).toBe(-7.5);
    expect(message(adjustment.safeParse('0'))).toBe('range');
    expect(message(adjustment.safeParse('-100.01'))).toBe('range');
  });

  it('lets a threshold be zero', () => {
    expect(threshold.parse('0')).toBe(0);
    expect(message(threshold.safeParse('-1'))).toBe('range');
  });

  it('parses a comma as the decimal point', () => {
    expect(parseAmount('3,25')).toBe(3.25);
  });
});
