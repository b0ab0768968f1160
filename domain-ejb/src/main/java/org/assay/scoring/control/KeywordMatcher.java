package org.assay.scoring.control;

import java.util.List;
import java.util.Locale;

/**
 * Finds keywords as whole words, case-insensitively: "cash" matches "Cash refund" but not "Cashmere", and a phrase
 * such as "write off" matches its words in sequence, whatever punctuation or spacing lies between them.
 */
final class KeywordMatcher {

    /** Each keyword as its words, lower case, joined and framed by single spaces. */
    private final List<String> framedKeywords;

    KeywordMatcher(List<String> keywords) {
        this.framedKeywords = keywords.stream().map(KeywordMatcher::framedWords).filter(k -> k.length() > 2)
                .toList();
    }

    boolean matches(String text) {
        String framed = framedWords(text);
        for (String keyword : framedKeywords) {
            if (framed.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** " w1 w2 … " for the letter-and-digit runs of the text, lower case. */
    private static String framedWords(String text) {
        StringBuilder words = new StringBuilder(text.length() + 2).append(' ');
        boolean inWord = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                words.append(c);
                inWord = true;
            } else if (inWord) {
                words.append(' ');
                inWord = false;
            }
        }
        if (inWord) {
            words.append(' ');
        }
        return words.toString();
    }
}
