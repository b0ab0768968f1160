package org.assay.testkit.ledger;

/** A general-ledger account: an 8-digit code (its first digit is the class: 1 assets … 8 taxes) and a description. */
record Account(String code, String description) {
}
