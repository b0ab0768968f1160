package org.assay.testkit.ledger;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The default suspicious-keyword list of the MEMO_KEYWORD control point (analytics.md §5.3, CP 7). */
public final class MemoKeywords {

    public static final List<String> DEFAULT = List.of("adjust", "correction", "reclass", "reverse", "override",
            "plug", "write off", "per CEO", "per CFO", "manual", "error", "fix", "suspense", "misc", "bonus", "gift",
            "cash", "consulting fee", "do not");

    /** Any keyword as whole words: "cash" matches "Cash refund" but not "Cashmere". */
    private static final Pattern ANY = Pattern.compile(DEFAULT.stream()
            .map(keyword -> "\\b" + Pattern.quote(keyword.toLowerCase(Locale.ROOT)) + "\\b")
            .reduce((a, b) -> a + "|" + b).orElseThrow());

    private MemoKeywords() {
    }

    public static boolean containsKeyword(String memo) {
        return memo != null && ANY.matcher(memo.toLowerCase(Locale.ROOT)).find();
    }
}
