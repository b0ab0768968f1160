package org.assay.scoring.control;

import java.util.Arrays;

/** Line counts per user, per account, and per (user, account) pair, for UNUSUAL_USER and the outlier features. */
final class UserActivity {

    private final Ledger ledger;
    private final int[] userLines;
    private final int[] accountLines;
    private final long[] pairs;
    private final int[] pairLines;

    UserActivity(Ledger ledger) {
        this.ledger = ledger;
        userLines = new int[ledger.userCount()];
        accountLines = new int[ledger.accountCount()];
        long[] keys = new long[ledger.lineCount()];
        int keyed = 0;
        for (int line = 0; line < ledger.lineCount(); line++) {
            accountLines[ledger.accountId(line)]++;
            int user = ledger.userId(line);
            if (user >= 0) {
                userLines[user]++;
                keys[keyed++] = pairKey(user, ledger.accountId(line));
            }
        }
        Arrays.sort(keys, 0, keyed);
        int distinct = 0;
        for (int i = 0; i < keyed; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        pairs = Arrays.copyOf(keys, distinct);
        pairLines = new int[distinct];
        for (int line = 0; line < ledger.lineCount(); line++) {
            if (ledger.userId(line) >= 0) {
                pairLines[Arrays.binarySearch(pairs, pairKey(ledger.userId(line), ledger.accountId(line)))]++;
            }
        }
    }

    private static long pairKey(int user, int account) {
        return (long) user << 32 | account;
    }

    /** Lines posted by the line's user; 0 when the line has none. */
    int userLines(int line) {
        int user = ledger.userId(line);
        return user < 0 ? 0 : userLines[user];
    }

    /** Lines of the line's account. */
    int accountLines(int line) {
        return accountLines[ledger.accountId(line)];
    }

    /** Lines the line's user posted to the line's account; 0 when the line has no user. */
    int pairLines(int line) {
        int user = ledger.userId(line);
        return user < 0 ? 0 : pairLines[Arrays.binarySearch(pairs, pairKey(user, ledger.accountId(line)))];
    }
}
