package org.assay.access;

/** Makes caller-controlled text safe for a log line: quoted, control characters escaped, length bounded. */
public final class LogText {

    private static final int MAX = 200;

    private LogText() {
    }

    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < Math.min(text.length(), MAX); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append(text.length() > MAX ? "…\"" : "\"").toString();
    }
}
