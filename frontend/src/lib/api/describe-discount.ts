import type { TFunction } from 'i18next';
import { tierName } from './describe-error';
import type { Discount } from './schemas';

/**
 * A discount line in the reader's language, from its kind, name and percent. An order paid before
 * the shop named its discounts has no name: then its label is all there is.
 */
export function describeDiscount(discount: Discount, t: TFunction): string {
  const { kind, name, percent } = discount;
  if (kind == null || name == null) return discount.label;
  const shown = kind === 'LOYALTY' ? tierName(name, t) : name;
  return percent == null
    ? t(`discountLines.${kind}_NO_PERCENT`, { name: shown })
    : t(`discountLines.${kind}`, { name: shown, percent });
}
