package org.assay.ingestion.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a delimited file's encoding, delimiter and header from its first bytes (see {@link IngestionLimits}).
 *
 * <ul>
 * <li>Encoding: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise UTF-8 when the bytes are valid UTF-8,
 * else windows-1252, the usual encoding of spreadsheet exports on Western European Windows machines.</li>
 * <li>Binary: a NUL, or more than {@value #MAX_CONTROL_SHARE} control characters per character, is not text.</li>
 * <li>Delimiter: among {@code , ; TAB |}, the ones splitting at least {@value #MIN_CONSISTENCY} of the rows into
 * the same number (&gt; 1) of fields, quotes honoured; of those the one giving most columns, because a stray
 * delimiter inside text (a semicolon in a memo, a decimal comma) splits fewer ways than the real one.</li>
 * <li>Header: the first of the first rows that has that many fields, mostly text cells (not numbers or dates),
 * and is followed by a row with as many; title lines and blank lines before it are tolerated.</li>
 * </ul>
 */
final class FormatDetector {

    static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private static final double MIN_CONSISTENCY = 0.8;
    private static final double MAX_CONTROL_SHARE = 0.02;
    private static final double MIN_HEADER_TEXT_SHARE = 0.8;
    private static final int MAX_LEADING_ROWS = 10;
    private static final int MAX_SAMPLE_ROWS = 2_000;

    private final IngestionLimits limits;

    FormatDetector(IngestionLimits limits) {
        this.limits = limits;
    }

    /** What detection found, plus the sampled rows after the header (for date-format detection). */
    record Detection(DetectedFormat format, List<List<String>> dataRows) {
    }

    /**
     * @param sample    the first bytes of the file
     * @param length    how many of them are valid
     * @param wholeFile true when the sample is the whole file, false when the last row may be cut off
     * @throws IngestionFailure {@link IngestionCode#EMPTY_FILE} or {@link IngestionCode#NOT_A_TEXT_FILE}
     */
    DetectedFormat detect(byte[] sample, int length, boolean wholeFile) throws IngestionFailure {
        return analyse(sample, length, wholeFile).format();
    }

    Detection analyse(byte[] sample, int length, boolean wholeFile) throws IngestionFailure {
        if (length == 0) {
            throw new IngestionFailure(IngestionMessages.emptyFile());
        }
        Encoding encoding = encoding(sample, length, wholeFile);
        String text = encoding.text();
        if (isBinary(text)) {
            throw new IngestionFailure(IngestionMessages.notText(binaryHint(sample, length)));
        }
        if (text.isBlank()) {
            throw new IngestionFailure(IngestionMessages.emptyFile());
        }
        Optional<Layout> layout = layout(text, wholeFile);
        if (layout.isEmpty()) {
            // Not one complete row in the sample (a giant first line): guess, and let reading report the length.
            DetectedFormat guess = new DetectedFormat(encoding.charset(), encoding.byteOrderMark(),
                    mostFrequentDelimiter(text), 0, List.of(), 0);
            return new Detection(guess, List.of());
        }
        Layout found = layout.get();
        int header = found.headerIndex();
        DetectedFormat format = new DetectedFormat(encoding.charset(), encoding.byteOrderMark(), found.delimiter(),
                header, found.rows().get(header), found.columnCount());
        return new Detection(format, found.rows().subList(header + 1, found.rows().size()));
    }

    // encoding

    private record Encoding(Charset charset, boolean byteOrderMark, String text) {
    }

    private static Encoding encoding(byte[] bytes, int length, boolean wholeFile) {
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, true, new String(bytes, 3, length - 3, StandardCharsets.UTF_8));
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, true, utf16(bytes, length, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, true, utf16(bytes, length, StandardCharsets.UTF_16BE));
        }
        return strictUtf8(bytes, length, wholeFile)
                .map(text -> new Encoding(StandardCharsets.UTF_8, false, text))
                .orElseGet(() -> new Encoding(Charset.forName("windows-1252"), false,
                        new String(bytes, 0, length, Charset.forName("windows-1252"))));
    }

    private static String utf16(byte[] bytes, int length, Charset charset) {
        return new String(bytes, 2, (length - 2) & ~1, charset);
    }

    /** The text, if the bytes are valid UTF-8; a sequence cut off by the end of a partial sample is dropped. */
    private static Optional<String> strictUtf8(byte[] bytes, int length, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, length), out, wholeFile);
        if (result.isError() || wholeFile && decoder.flush(out).isError()) {
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // binary

    private static boolean isBinary(String text) {
        long control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            // Tab, line feed, form feed, carriage return and DOS end-of-file (0x1A) occur in real text files.
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1A) {
                control++;
            }
        }
        return control > text.length() * MAX_CONTROL_SHARE;
    }

    /** Names a few file types people upload by mistake, so the message can say what to do instead. */
    private static String binaryHint(byte[] bytes, int length) {
        if (startsWith(bytes, length, 'P', 'K', 3, 4)) {
            return "a ZIP archive or an Excel .xlsx workbook";
        }
        if (startsWith(bytes, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an Excel .xls workbook";
        }
        if (startsWith(bytes, length, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(bytes, length, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        return null;
    }

    // delimiter and header

    private record Layout(char delimiter, List<List<String>> rows, int columnCount, int firstFullRow,
            double consistency) {

        int headerIndex() {
            int last = Math.min(rows.size() - 1, firstFullRow + MAX_LEADING_ROWS);
            for (int i = firstFullRow; i <= last; i++) {
                boolean followedByFullRow = i + 1 == rows.size() || rows.get(i + 1).size() == columnCount;
                if (rows.get(i).size() == columnCount && followedByFullRow && looksLikeHeader(rows.get(i))) {
                    return i;
                }
            }
            return firstFullRow;
        }
    }

    private Optional<Layout> layout(String text, boolean wholeFile) {
        List<Layout> candidates = new ArrayList<>();
        for (char delimiter : DELIMITERS) {
            evaluate(delimiter, sampleRows(text, delimiter, wholeFile)).ifPresent(candidates::add);
        }
        Comparator<Layout> byColumnsThenConsistency = Comparator.comparingInt(Layout::columnCount)
                .thenComparingDouble(Layout::consistency);
        Optional<Layout> consistent = candidates.stream()
                .filter(candidate -> candidate.consistency() >= MIN_CONSISTENCY)
                .max(byColumnsThenConsistency);
        if (consistent.isPresent()) {
            return consistent;
        }
        Optional<Layout> ragged = candidates.stream().filter(candidate -> candidate.columnCount() > 1)
                .max(Comparator.comparingDouble(Layout::consistency).thenComparingInt(Layout::columnCount));
        if (ragged.isPresent()) {
            return ragged;
        }
        // No delimiter splits the rows: keep comma, so the caller reports one column and the delimiters we know.
        List<List<String>> rows = sampleRows(text, DELIMITERS[0], wholeFile);
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Layout(DELIMITERS[0], rows, 1, 0, 1.0));
    }

    /** The sample's complete rows split by {@code delimiter}; a row the end of a partial sample cut off is dropped. */
    private List<List<String>> sampleRows(String text, char delimiter, boolean wholeFile) {
        List<List<String>> rows = new ArrayList<>();
        boolean reachedEnd = false;
        RecordReader reader = new RecordReader(new StringReader(text), delimiter, limits);
        try {
            while (rows.size() < MAX_SAMPLE_ROWS && reader.next()) {
                rows.add(reader.values());
            }
            reachedEnd = rows.size() < MAX_SAMPLE_ROWS;
        } catch (IngestionFailure e) {
            // A row too long or a quote still open where the sample ends: the rows before it are complete.
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string failed", e);
        }
        if (reachedEnd && !wholeFile && !rows.isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private static Optional<Layout> evaluate(char delimiter, List<List<String>> rows) {
        int[] rowsWithWidth = new int[1 + rows.stream().mapToInt(List::size).max().orElse(0)];
        rows.forEach(row -> rowsWithWidth[row.size()]++);
        int mode = 0;
        for (int width = 2; width < rowsWithWidth.length; width++) {
            if (rowsWithWidth[width] > 0 && rowsWithWidth[width] >= rowsWithWidth[mode]) {
                mode = width;
            }
        }
        if (mode == 0) {
            return Optional.empty();
        }
        int firstFullRow = 0;
        while (rows.get(firstFullRow).size() != mode) {
            firstFullRow++;
        }
        double consistency = (double) rowsWithWidth[mode] / (rows.size() - firstFullRow);
        return Optional.of(new Layout(delimiter, rows, mode, firstFullRow, consistency));
    }

    /** Enough non-empty cells, and nearly all of them text rather than numbers or dates. */
    static boolean looksLikeHeader(List<String> cells) {
        int nonEmpty = 0;
        int text = 0;
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                nonEmpty++;
                if (isText(cell)) {
                    text++;
                }
            }
        }
        return nonEmpty * 2 >= cells.size() && text >= nonEmpty * MIN_HEADER_TEXT_SHARE;
    }

    private static boolean isText(String cell) {
        if (!cell.codePoints().anyMatch(Character::isLetter)) {
            return false;
        }
        for (DatePattern pattern : DatePattern.values()) {
            if (pattern.parseEpochDay(cell) != DatePattern.UNPARSEABLE) {
                return false;
            }
        }
        return true;
    }

    private static char mostFrequentDelimiter(String text) {
        char best = DELIMITERS[0];
        long bestCount = 0;
        for (char delimiter : DELIMITERS) {
            long count = text.chars().filter(c -> c == delimiter).count();
            if (count > bestCount) {
                best = delimiter;
                bestCount = count;
            }
        }
        return best;
    }
}
