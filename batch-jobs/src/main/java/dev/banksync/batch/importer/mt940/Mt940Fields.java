package dev.banksync.batch.importer.mt940;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields ({@code :TAG:value}, with continuation lines) of an MT940 file, as banks really write them: with
 * SWIFT envelopes ({@code {1:…}{2:…}{4:} … {@code -}}) or without, with transmission headers
 * ({@code ABNANL2A}, {@code 940}, {@code :940:}) and SOH/ETX control characters around messages, blank lines
 * between statements, and a tag broken over two lines ({@code :} then {@code 86:…}, seen from Sparkassen).
 * Lines outside a message are passed over; inside one, a line that starts no field continues the field before.
 */
final class Mt940Fields implements Closeable {

    /** A field: its tag ({@code 61}, {@code 60F}…), its value's lines (the first is the rest of the tag line). */
    record Field(String tag, List<String> lines, long line) {

        String raw() {
            return ":" + tag + ":" + String.join("\n", lines);
        }
    }

    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?|NS):(.*)$");
    private static final Pattern BROKEN_TAG = Pattern.compile("^(\\d{2}[A-Z]?|NS):(.*)$");
    private static final Pattern ENVELOPE = Pattern.compile("^(\\{[^{}]*\\})*\\{4:");
    private static final Pattern END_OF_MESSAGE = Pattern.compile("^-(\\}.*|[A-Z]{0,3})$");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private final BufferedReader in;
    private long lineNumber;
    private String pending;
    private long pendingNumber;
    private Field current;

    Mt940Fields(BufferedReader in) {
        this.in = in;
    }

    /** The next field, or null at the end of the file. */
    Field next() throws IOException {
        while (true) {
            String line = nextLine();
            if (line == null) {
                return take(null);
            }
            Matcher tag = TAG.matcher(line);
            if (line.equals(":")) {
                String following = peekLine();
                Matcher broken = following == null ? null : BROKEN_TAG.matcher(following);
                if (broken != null && broken.matches()) {
                    long at = lineNumber;
                    nextLine();
                    Field done = take(new Field(broken.group(1), lines(broken.group(2)), at));
                    if (done != null) {
                        return done;
                    }
                    continue;
                }
            }
            if (tag.matches()) {
                Field done = take(new Field(tag.group(1), lines(tag.group(2)), lineNumber));
                if (done != null) {
                    return done;
                }
            } else if (END_OF_MESSAGE.matcher(line.strip()).matches() || line.startsWith("{")) {
                Matcher envelope = ENVELOPE.matcher(line);
                String rest = envelope.find() ? line.substring(envelope.end()) : "";
                Field done = take(null);
                if (!rest.isBlank()) {
                    pending = rest;
                    pendingNumber = lineNumber;
                }
                if (done != null) {
                    return done;
                }
            } else if (current != null && !line.isBlank()) {
                current.lines().add(line);
            }
        }
    }

    /** The line the reader is on (the last line at the end of the file). */
    long lineNumber() {
        return lineNumber;
    }

    /** Makes {@code next} the current field and returns the one it replaces. */
    private Field take(Field next) {
        Field done = current;
        current = next;
        return done;
    }

    private static List<String> lines(String first) {
        List<String> lines = new ArrayList<>();
        lines.add(first);
        return lines;
    }

    private String nextLine() throws IOException {
        if (pending != null) {
            String line = pending;
            pending = null;
            lineNumber = pendingNumber;
            return line;
        }
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        lineNumber++;
        line = CONTROL.matcher(line).replaceAll("");
        return lineNumber == 1 ? line.replace("\uFEFF", "") : line;
    }

    private String peekLine() throws IOException {
        if (pending == null) {
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            pending = CONTROL.matcher(line).replaceAll("");
            pendingNumber = lineNumber + 1;
        }
        return pending;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
