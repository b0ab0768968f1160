package org.assay.testkit.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * Memo texts. A template is plain text with placeholders ({@code {vendor}}, {@code {customer}}, {@code {person}},
 * {@code {month}}, {@code {date}}, {@code {n4}}…{@code {n7}}). Normal memos never hold a word of
 * {@link MemoKeywords#DEFAULT}, not even inside a vendor's name; two vendors carry a comma and quotes so that
 * consumers meet RFC 4180 quoting.
 */
final class Memos {

    private static final List<String> VENDORS = List.of("Acme Industrial Supply", "Brightline Utilities",
            "Smith, Barnes & Co.", "Northwind \"Express\" Freight", "Contoso Office Products", "Keystone Legal LLP",
            "Harbor Audit Partners", "Pinecrest Maintenance", "Bluewave Telecom", "Summit Packaging",
            "Redwood Logistics", "Orion Software", "Maple Print Works", "Atlas Staffing", "Granite Insurance Group",
            "Lakeside Properties", "Vertex Components", "Evergreen Media", "Cobalt Metals", "Sterling Couriers");
    private static final List<String> CUSTOMERS = List.of("Halcyon Retail", "Fairview Hospital", "Northgate Foods",
            "Riverside Schools", "Crescent Hotels", "Apex Manufacturing", "Silverline Motors", "Beacon Pharmacy",
            "Meridian Health", "Quarry Hill Farms", "Tidewater Marine", "Juniper Labs", "Oakmont Builders",
            "Polaris Aviation", "Cedar & Vine Restaurants", "Westbrook University", "Monarch Textiles",
            "Sunrise Dental", "Ironclad Security", "Blue Ridge Outfitters");
    private static final List<String> PEOPLE = List.of("J. Alvarez", "K. Mensah", "R. Patel", "S. Novak", "L. Chen",
            "M. Byrne", "A. Haddad", "T. Larsen", "D. Okafor", "E. Rossi", "N. Karimi", "P. Walsh");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** Memos of the MEMO_KEYWORD anomaly: each holds at least one keyword. */
    private static final List<String> SUSPICIOUS = List.of("Reclass per CFO {vendor}", "Plug to clear difference",
            "Write off per CEO", "Correction of posting error {n6}", "Override approval - do not review",
            "Suspense clearing {month}", "Misc payment {vendor}", "Bonus payout {person}", "Gift cards for staff",
            "Cash withdrawal {n4}", "Consulting fee {vendor}", "Manual entry {n5}", "Fix prior entry {n6}",
            "Reverse invoice {n5} {customer}", "Adjust balance per CFO");

    private Memos() {
    }

    static String suspicious(LocalDate date, SeededRandom random) {
        return render(random.pick(SUSPICIOUS), date, random);
    }

    static String render(String template, LocalDate date, SeededRandom random) {
        StringBuilder memo = new StringBuilder(template.length() + 24);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                memo.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            memo.append(template, at, open).append(value(template.substring(open + 1, close), date, random));
            at = close + 1;
        }
        return memo.toString();
    }

    private static String value(String placeholder, LocalDate date, SeededRandom random) {
        return switch (placeholder) {
            case "vendor" -> random.pick(VENDORS);
            case "customer" -> random.pick(CUSTOMERS);
            case "person" -> random.pick(PEOPLE);
            case "month" -> MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
            case "date" -> date.toString();
            case "n4", "n5", "n6", "n7" -> random.digits(placeholder.charAt(1) - '0');
            default -> throw new IllegalArgumentException("unknown memo placeholder {" + placeholder + "}");
        };
    }
}
