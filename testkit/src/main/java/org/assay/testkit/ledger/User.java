package org.assay.testkit.ledger;

/** Who posted a transaction, written as {@code "Tanya Woods - AR Clerk"}. */
record User(String name, Role role) {

    /** The job that decides which kinds of transaction a user posts. */
    enum Role {
        AR_CLERK("AR Clerk"),
        AP_CLERK("AP Clerk"),
        EXPENSE_AUDITOR("Expense Auditor"),
        PAYROLL_SPECIALIST("Payroll Specialist"),
        TREASURY_ANALYST("Treasury Analyst"),
        INVENTORY_CONTROLLER("Inventory Controller"),
        ACCOUNTANT("Accountant"),
        ERP_INTERFACE("ERP Interface"),
        PAYROLL_INTERFACE("Payroll Interface"),
        RECURRING_JOURNALS("Recurring Journals"),
        /** Someone outside finance: only the UNUSUAL_USER anomaly posts as one. */
        OUTSIDER("");

        final String title;

        Role(String title) {
            this.title = title;
        }

        boolean isSystem() {
            return this == ERP_INTERFACE || this == PAYROLL_INTERFACE || this == RECURRING_JOURNALS;
        }
    }
}
