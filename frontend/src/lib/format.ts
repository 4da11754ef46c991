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

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment in the reader's language and time zone, e.g. "21 Nov 2026, 10:15". */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(language, format);
  }
  return format.format(date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A day in the reader's language, e.g. "21 Nov 2026". */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    dateFormats.set(language, format);
  }
  return format.format(date);
}
