package turgus.domain.testing

import turgus.domain.discount.AppliedDiscount

/** A discount in one short line for the specs' tables: its kind, its name and its percent. */
final class DiscountWords {
    private DiscountWords() {}

    static String words(AppliedDiscount discount) {
        "${discount.kind()} ${discount.name()}${discount.percent() == null ? '' : " ${discount.percent()}%"}".toString()
    }
}
