const moneyFormats = new Map<string, Intl.NumberFormat>();

/** A EUR amount in the reader's language, e.g. "€12.50" or "12,50 €". */
export function formatPrice(amount: number, language: string): string {
  let format = moneyFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' });
    moneyFormats.set(language, format);
  }
  return format.format(amount);
}

/** A waiting time in words, rounded up to a unit a person would use. */
export function formatWait(seconds: number, language: string): string {
  const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(
      value,
    );
  if (seconds < 90) return unit(Math.max(1, Math.ceil(seconds)), 'second');
  if (seconds < 90 * 60) return unit(Math.ceil(seconds / 60), 'minute');
  return unit(Math.ceil(seconds / 3600), 'hour');
}
