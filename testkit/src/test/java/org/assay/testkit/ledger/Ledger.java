package org.assay.testkit.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated ledger read back from its CSV (and labels), as a consumer would read it. */
final class Ledger {

    record Entry(String account, long debitCents, long creditCents) {
        long signedCents() {
            return debitCents - creditCents;
        }

        long absCents() {
            return Math.abs(signedCents());
        }

        boolean isDebit() {
            return debitCents > 0;
        }
    }

    record Tx(String id, LocalDate effective, LocalDate entered, String user, String type, String memo,
            String company, List<Entry> entries, AnomalyKind label) {
        long debitCents() {
            return entries.stream().mapToLong(Entry::debitCents).sum();
        }

        long creditCents() {
            return entries.stream().mapToLong(Entry::creditCents).sum();
        }

        boolean isNormal() {
            return label == null;
        }
    }

    final List<String> rows = new ArrayList<>();
    final List<Tx> transactions = new ArrayList<>();
    final Map<String, String> accountDescriptions = new LinkedHashMap<>();

    static Ledger read(String csv, String labels) throws IOException {
        Map<String, AnomalyKind> labelled = new LinkedHashMap<>();
        for (String row : labels.split("\n")) {
            if (!row.isEmpty() && !row.equals(GeneralLedgerGenerator.LABELS_HEADER)) {
                String[] cells = row.split(",");
                labelled.put(cells[0], AnomalyKind.valueOf(cells[1]));
            }
        }
        Ledger ledger = new Ledger();
        BufferedReader reader = new BufferedReader(new StringReader(csv));
        String header = reader.readLine();
        if (!CsvLineWriter.HEADER.equals(header)) {
            throw new IllegalStateException("header is " + header);
        }
        List<Entry> entries = new ArrayList<>();
        List<String> first = null;
        for (String row = reader.readLine(); row != null; row = reader.readLine()) {
            ledger.rows.add(row);
            List<String> cells = cells(row);
            if (first != null && !first.get(0).equals(cells.get(0))) {
                ledger.transactions.add(tx(first, entries, labelled));
                entries = new ArrayList<>();
            }
            if (entries.isEmpty()) {
                first = cells;
            }
            ledger.accountDescriptions.put(cells.get(2), cells.get(3));
            entries.add(new Entry(cells.get(2), cents(cells.get(6)), cents(cells.get(7))));
        }
        if (first != null) {
            ledger.transactions.add(tx(first, entries, labelled));
        }
        return ledger;
    }

    Map<AnomalyKind, List<Tx>> byKind() {
        Map<AnomalyKind, List<Tx>> byKind = new EnumMap<>(AnomalyKind.class);
        for (AnomalyKind kind : AnomalyKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        transactions.stream().filter(tx -> !tx.isNormal()).forEach(tx -> byKind.get(tx.label()).add(tx));
        return byKind;
    }

    List<Tx> normal() {
        return transactions.stream().filter(Tx::isNormal).toList();
    }

    private static Tx tx(List<String> cells, List<Entry> entries, Map<String, AnomalyKind> labelled) {
        return new Tx(cells.get(0), LocalDate.parse(cells.get(4)), LocalDate.parse(cells.get(5)), cells.get(8),
                cells.get(9), cells.get(10), cells.get(11), List.copyOf(entries), labelled.get(cells.get(0)));
    }

    private static long cents(String amount) {
        if (amount.isEmpty()) {
            return 0;
        }
        int dot = amount.indexOf('.');
        if (dot != amount.length() - 3) {
            throw new IllegalStateException("not two decimals: " + amount);
        }
        return Long.parseLong(amount.substring(0, dot)) * 100 + Long.parseLong(amount.substring(dot + 1));
    }

    /** RFC 4180 cells of one row (no line breaks inside fields in these ledgers). */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        if (cells.size() != 12) {
            throw new IllegalStateException("expected 12 cells: " + row);
        }
        return cells;
    }
}
