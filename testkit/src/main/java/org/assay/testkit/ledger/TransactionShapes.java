package org.assay.testkit.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.assay.testkit.ledger.Line.Side;
import org.assay.testkit.ledger.User.Role;

/**
 * The catalogue of business transactions and how often each occurs within its {@link Source}. Pools are small so
 * that every normal flow (debit account → credit account) recurs often enough for RARE_FLOW to leave it alone.
 * Only {@link Source#ADJUSTMENT} shapes are manual journals ({@code GJ}).
 */
final class TransactionShapes {

    /**
     * The busy account that BENFORD_2D floods (Service Revenue). It carries about 2.3 % of all lines: enough to be
     * its own Benford population (≥ 1,000 lines from a 45,000-line ledger up), few enough that thirty lines per
     * injected transaction at the default rate make up about a tenth of it, whatever the ledger's size.
     */
    static final String BENFORD_TARGET = "40000020";

    private final List<Shape> all = new ArrayList<>();
    private final Map<Source, Weighted<Shape>> anyLength = new EnumMap<>(Source.class);
    private final Map<Source, Weighted<Shape>> splittable = new EnumMap<>(Source.class);

    TransactionShapes(ChartOfAccounts chart) {
        Catalogue catalogue = new Catalogue(chart);
        catalogue.define();
        for (Source source : Source.values()) {
            anyLength.put(source, weighted(shape -> shape.source() == source).orElseThrow());
            splittable.put(source, weighted(shape -> shape.source() == source && !shape.twoLinesOnly()).orElseThrow());
        }
    }

    List<Shape> all() {
        return List.copyOf(all);
    }

    /** A shape of the source that takes {@code lines} lines. */
    Shape pick(Source source, int lines, SeededRandom random) {
        return (lines == 2 ? anyLength : splittable).get(source).pick(random);
    }

    /** The shapes matching, each as frequent as in normal traffic; empty if none matches. */
    Optional<Weighted<Shape>> weighted(Predicate<Shape> which) {
        Weighted.Builder<Shape> matching = Weighted.builder();
        for (Shape shape : all) {
            if (which.test(shape)) {
                matching.add(shape, shape.source().share * shape.weight() / sourceWeight(shape.source()));
            }
        }
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.build());
    }

    private double sourceWeight(Source source) {
        return all.stream().filter(shape -> shape.source() == source).mapToDouble(Shape::weight).sum();
    }

    /** The shapes, written as a small table: one line (single side) against a pool on the other side. */
    private final class Catalogue {
        private final ChartOfAccounts chart;

        Catalogue(ChartOfAccounts chart) {
            this.chart = chart;
        }

        void define() {
            automated();
            clerical();
            recurring();
            adjustments();
        }

        private void automated() {
            Source s = Source.AUTOMATED;
            Role erp = Role.ERP_INTERFACE;
            add(s, "AR", erp, 30, "Sales invoice", debit("12000010"), 850, 0.5, "Invoice INV-{n6} {customer}",
                    "40000010:50", "40000020:20", "40000030:12", "40000040:10", "21200010:8");
            add(s, "CR", erp, 20, "Lockbox receipt", debit("10100010"), 1900, 0.5, "Lockbox deposit {date} batch {n4}",
                    "12000010");
            add(s, "IL", erp, 18, "Goods issue", credit("13000030"), 640, 0.5, "Goods issue DN-{n7}",
                    "50000010:65", "50000020:20", "50000030:15");
            add(s, "IL", erp, 14, "Goods receipt", credit("20100010"), 1100, 0.5, "Goods receipt GR-{n7} {vendor}",
                    "13000010:50", "13000030:30", "13000040:20");
            add(s, "PR", Role.PAYROLL_INTERFACE, 10, "Payroll run", credit("21000020"), 2600, 0.45,
                    "Payroll week ending {date}", "60000010:15", "60000020:15", "60000030:20", "60000040:25",
                    "60100020:25");
            add(s, "PR", Role.PAYROLL_INTERFACE, 4, "Employer payroll taxes", credit("21100010"), 900, 0.45,
                    "Employer payroll taxes week ending {date}", "60100010");
            add(s, "CD", erp, 8, "Bank and card fees", credit("10100010"), 85, 0.45, "Bank statement fees {month}",
                    "66000020:60", "66000010:40");
        }

        private void clerical() {
            Source s = Source.MANUAL;
            add(s, "AP", Role.AP_CLERK, 30, "AP invoice", credit("20000010"), 620, 0.5, "{vendor} invoice {n5}",
                    "61000020:14", "61000030:14", "62000010:22", "62000020:8", "65000010:6", "65000020:5",
                    "65000030:6", "61000050:10", "64000010:8", "69000010:7");
            add(s, "AP", Role.AP_CLERK, 15, "Inventory invoice", credit("20000010"), 1300, 0.5,
                    "{vendor} invoice {n5} PO-{n6}", "20100010:90", "50200010:10");
            add(s, "CD", Role.AP_CLERK, 20, "Vendor payment", credit("10100010"), 1500, 0.5, "EFT {n6} {vendor}",
                    "20000010");
            add(s, "CD", Role.AP_CLERK, 5, "Corporate card statement", credit("20200010"), 140, 0.5,
                    "Card statement {month} ending {n4}", "62000010:30", "62000030:20", "63000030:20",
                    "63000010:15", "62000020:15");
            add(s, "CR", Role.AR_CLERK, 15, "Customer receipt", debit("10100010"), 2100, 0.5,
                    "Payment from {customer} ref {n6}", "12000010");
            add(s, "AR", Role.AR_CLERK, 6, "Credit note", credit("12000010"), 240, 0.45,
                    "Credit note CN-{n5} {customer}", "40500010:70", "40600010:30");
            add(s, "EX", Role.EXPENSE_AUDITOR, 8, "Expense report", credit("20300010"), 160, 0.45,
                    "Expense report ER-{n5} {person}", "63000010:20", "63000020:25", "63000030:30", "63000040:15",
                    "63000050:10");
            add(s, "CD", Role.EXPENSE_AUDITOR, 4, "Expense reimbursement", credit("10100010"), 450, 0.45,
                    "Reimbursement ER-{n5} {person}", "20300010");
            add(s, "IL", Role.INVENTORY_CONTROLLER, 5, "Cycle count", credit("13000030"), 300, 0.5,
                    "Cycle count CC-{n5}", "50100010:60", "50000010:40");
            add(s, "IL", Role.INVENTORY_CONTROLLER, 6, "Production completion", debit("13000030"), 2200, 0.5,
                    "Production order MO-{n6}", "13000010:70", "13000020:30");
            transfer("PR", Role.PAYROLL_SPECIALIST, 4, "Net pay", "21000020", "10100020", 45_000, "Net pay {date}",
                    false);
            transfer("PR", Role.PAYROLL_SPECIALIST, 2, "Payroll tax remittance", "21100010", "10100020", 12_000,
                    "Payroll tax remittance {month}", false);
            // Treasury moves money both ways between the same accounts: REVERSAL undoes one of these.
            transfer("TR", Role.TREASURY_ANALYST, 2.5, "Payroll account funding", "10100020", "10100010", 150_000,
                    "Fund payroll account TR-{n5}", true);
            transfer("TR", Role.TREASURY_ANALYST, 1.5, "Payroll account sweep", "10100010", "10100020", 150_000,
                    "Sweep to operating account TR-{n5}", true);
            transfer("TR", Role.TREASURY_ANALYST, 2, "Money market placement", "10100030", "10100010", 150_000,
                    "Money market placement TR-{n5}", true);
            transfer("TR", Role.TREASURY_ANALYST, 2, "Money market withdrawal", "10100010", "10100030", 150_000,
                    "Money market withdrawal TR-{n5}", true);
            transfer("TR", Role.TREASURY_ANALYST, 1.5, "Investment purchase", "11000010", "10100030", 250_000,
                    "Treasury bill purchase TR-{n5}", true);
            transfer("TR", Role.TREASURY_ANALYST, 1.5, "Investment maturity", "10100030", "11000010", 250_000,
                    "Treasury bill maturity TR-{n5}", true);
        }

        private void recurring() {
            Source s = Source.RECURRING;
            Role system = Role.RECURRING_JOURNALS;
            add(s, "RJ", system, 25, "Depreciation", debit("67000010"), 900, 0.5, "Depreciation {month}",
                    "15900020:15", "15900030:35", "15900040:15", "15900050:25", "15900060:10");
            add(s, "RJ", system, 10, "Insurance amortisation", debit("61000040"), 700, 0.45,
                    "Insurance amortisation {month}", "14000010");
            add(s, "RJ", system, 10, "Licence amortisation", debit("62000030"), 500, 0.45,
                    "Licence amortisation {month}", "14000030");
            add(s, "RJ", system, 10, "Prepaid rent release", debit("61000010"), 4000, 0.45, "Rent {month}",
                    "14000020");
            add(s, "RJ", system, 10, "Interest accrual", debit("70000010"), 1200, 0.45, "Interest accrual {month}",
                    "21000030");
            add(s, "RJ", system, 8, "Management fee", debit("12000020"), 5000, 0.45, "Management fee {month}",
                    "48000020");
            add(s, "RJ", system, 8, "Software amortisation", debit("67000020"), 800, 0.45,
                    "Software amortisation {month}", "16900010");
            add(s, "RJ", system, 19, "Deferred revenue release", debit("21400010"), 600, 0.5,
                    "Revenue recognition {month} contract {n5}", "40000030:80", "40000020:20");
        }

        private void adjustments() {
            Source s = Source.ADJUSTMENT;
            Role accountant = Role.ACCOUNTANT;
            add(s, "GJ", accountant, 30, "Expense accrual", credit("21000010"), 2500, 0.5,
                    "Accrue {vendor} services {month}", "61000020:25", "65000010:20", "65000020:20", "61000030:20",
                    "65000030:15");
            add(s, "GJ", accountant, 20, "Overhead allocation", credit("69500010"), 3000, 0.5,
                    "Overhead allocation {month}", "61000010:40", "61000020:30", "61000040:30");
            add(s, "GJ", accountant, 15, "Vacation accrual", debit("60100030"), 1800, 0.45,
                    "Vacation accrual {month}", "21000040");
            add(s, "GJ", accountant, 10, "Doubtful accounts provision", debit("68000010"), 1500, 0.5,
                    "Doubtful accounts provision {month}", "12100010");
            add(s, "GJ", accountant, 10, "Income tax provision", debit("80000010"), 8000, 0.45,
                    "Income tax provision {month}", "21300010");
            add(s, "GJ", accountant, 15, "Prepaid insurance", debit("14000010"), 6000, 0.45,
                    "Prepaid insurance {vendor}", "20000010");
        }

        /** The single line of a shape: its side and account. */
        private record Single(Side side, Account account) {
        }

        private Single debit(String code) {
            return new Single(Side.DEBIT, chart.get(code));
        }

        private Single credit(String code) {
            return new Single(Side.CREDIT, chart.get(code));
        }

        /** A shape; pool entries are {@code "code:weight"} or a bare code. */
        private void add(Source source, String type, Role role, double weight, String name, Single single,
                double medianDollars, double spreadDecades, String memo, String... pool) {
            all.add(new Shape(name, source, type, role, single.side(), single.account(), pool(pool),
                    medianDollars * 100, spreadDecades, memo, weight, false, false));
        }

        /** A two-line transfer from {@code credit} to {@code debit}; transfers are tightly spread. */
        private void transfer(String type, Role role, double weight, String name, String debit, String credit,
                double medianDollars, String memo, boolean reversible) {
            all.add(new Shape(name, Source.MANUAL, type, role, Side.DEBIT, chart.get(debit), pool(credit),
                    medianDollars * 100, 0.3, memo, weight, true, reversible));
        }

        private Weighted<Account> pool(String... entries) {
            Weighted.Builder<Account> pool = Weighted.builder();
            for (String entry : entries) {
                int colon = entry.indexOf(':');
                pool.add(chart.get(colon < 0 ? entry : entry.substring(0, colon)),
                        colon < 0 ? 1 : Double.parseDouble(entry.substring(colon + 1)));
            }
            return pool.build();
        }
    }
}
