package org.assay.scoring.control;

/**
 * CP 12, entry level, needs the user column: s = 1 if the user posted fewer than 0.5 % of the lines and fewer than
 * 20; else s = 1 if the (user, account) pair has at most 2 lines while the account has at least 100; else s = 0.5
 * if the pair has at most 5 lines. A line without a user scores 0.
 */
final class UnusualUsers implements ControlPointScorer {

    private static final double RARE_USER_SHARE = 0.005;
    private static final int RARE_USER_LINES = 20;
    private static final int RARE_PAIR_LINES = 2;
    private static final int BUSY_ACCOUNT_LINES = 100;
    private static final int UNCOMMON_PAIR_LINES = 5;

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.UNUSUAL_USER;
    }

    @Override
    public boolean applicable(Ledger ledger) {
        return ledger.has(OptionalColumn.USER);
    }

    @Override
    public short[] score(ScoringContext context) {
        Ledger ledger = context.ledger();
        UserActivity users = context.users();
        double rareShare = RARE_USER_SHARE * ledger.lineCount();
        short[] scores = new short[ledger.lineCount()];
        for (int line = 0; line < scores.length; line++) {
            if (ledger.userId(line) < 0) {
                continue;
            }
            int userLines = users.userLines(line);
            int pairLines = users.pairLines(line);
            if (userLines < rareShare && userLines < RARE_USER_LINES
                    || pairLines <= RARE_PAIR_LINES && users.accountLines(line) >= BUSY_ACCOUNT_LINES) {
                scores[line] = FULL;
            } else if (pairLines <= UNCOMMON_PAIR_LINES) {
                scores[line] = HALF;
            }
        }
        return scores;
    }
}
