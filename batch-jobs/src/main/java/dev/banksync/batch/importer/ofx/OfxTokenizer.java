package dev.banksync.batch.importer.ofx;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * A small, tolerant tokenizer for OFX, which is SGML in 1.x (elements need no end tag: {@code <TRNAMT>-6.60}) and
 * XML in 2.x. It yields start tags, end tags and text, with the line each starts on; it skips processing
 * instructions, comments and declarations without interpreting them — so no DTD and no external entity is ever
 * read — and decodes the predefined and numeric character references, leaving any other {@code &} as written
 * (banks do write {@code AT&T} unescaped, which an XML parser would reject with the whole file).
 */
final class OfxTokenizer implements Closeable {

    enum Kind { START, END, TEXT }

    record Token(Kind kind, String value, long line) {
    }

    /** Raw text kept per transaction for the quarantine; a longer one is cut. */
    static final int RECORDING_LIMIT = 2000;

    private final Reader in;
    private long line = 1;
    private int pushedBack = -1;
    private Token pendingEnd;
    private StringBuilder recording;
    private boolean endedInsideMarkup;

    OfxTokenizer(Reader in) {
        this.in = in;
    }

    /** The next token, or null at the end of the file. */
    Token next() throws IOException {
        if (pendingEnd != null) {
            Token end = pendingEnd;
            pendingEnd = null;
            return end;
        }
        while (true) {
            int c = read();
            if (c < 0) {
                return null;
            }
            if (c != '<') {
                Token text = text(c);
                if (text != null) {
                    return text;
                }
                continue;
            }
            long at = line;
            Token tag = markup(at);
            if (tag != null || endedInsideMarkup) {
                return tag;
            }
        }
    }

    /** The line being read (the last line once the file has ended). */
    long line() {
        return line;
    }

    /** Whether the file ended in the middle of a tag, comment or declaration. */
    boolean endedInsideMarkup() {
        return endedInsideMarkup;
    }

    /** Starts keeping the raw text read from here on, after {@code prefix} (the tag just read). */
    void startRecording(String prefix) {
        recording = new StringBuilder(prefix);
    }

    /** The raw text kept since {@link #startRecording}, white space collapsed; recording stops. */
    String stopRecording() {
        String raw = recording == null ? "" : recording.toString().replaceAll("\\s+", " ").strip();
        recording = null;
        return raw;
    }

    private Token text(int first) throws IOException {
        long at = line;
        StringBuilder sb = new StringBuilder();
        int c = first;
        while (c >= 0 && c != '<') {
            sb.append((char) c);
            c = read();
        }
        if (c == '<') {
            pushedBack = c;
        }
        String text = sb.toString().strip();
        return text.isEmpty() ? null : new Token(Kind.TEXT, OfxEntities.decode(text), at);
    }

    /** After '<': a tag as a token, or null for skipped markup (and at the end of the file). */
    private Token markup(long at) throws IOException {
        int c = read();
        if (c == '?') {
            return skipUntil("?>");
        }
        if (c == '!') {
            return declaration(at);
        }
        if (c == '>') {
            return null;
        }
        boolean end = c == '/';
        StringBuilder name = new StringBuilder();
        if (!end && c >= 0) {
            name.append((char) c);
        }
        boolean selfClosing = false;
        boolean inName = true;
        while ((c = read()) >= 0 && c != '>') {
            inName &= !Character.isWhitespace(c) && c != '/';
            if (inName) {
                name.append((char) c);
            }
            selfClosing = c == '/';
        }
        if (c < 0) {
            endedInsideMarkup = true;
            return null;
        }
        String tag = name.toString().strip().toUpperCase(Locale.ROOT);
        if (tag.isEmpty()) {
            return null;
        }
        if (selfClosing && !end) {
            pendingEnd = new Token(Kind.END, tag, at);
        }
        return new Token(end ? Kind.END : Kind.START, tag, at);
    }

    /** {@code <!-- … -->}, {@code <![CDATA[ … ]]>} (text) or {@code <!DOCTYPE …>} (skipped, never read). */
    private Token declaration(long at) throws IOException {
        StringBuilder head = new StringBuilder();
        int depth = 0;
        int c;
        while ((c = read()) >= 0) {
            if (head.length() < 7) {
                head.append((char) c);
                if (head.toString().equals("--")) {
                    return skipUntil("-->");
                }
                if (head.toString().equals("[CDATA[")) {
                    String data = readUntil("]]>", true);
                    return data == null || data.isBlank() ? null : new Token(Kind.TEXT, data.strip(), at);
                }
            }
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == '>' && depth <= 0) {
                return null;
            }
        }
        endedInsideMarkup = true;
        return null;
    }

    private Token skipUntil(String terminator) throws IOException {
        readUntil(terminator, false);
        return null;
    }

    /** The text up to {@code terminator} (consumed; kept only if asked), or null when the file ends first. */
    private String readUntil(String terminator, boolean keep) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = read()) >= 0) {
            sb.append((char) c);
            if (!keep && sb.length() > terminator.length()) {
                sb.deleteCharAt(0);
            }
            if (sb.length() >= terminator.length()
                    && sb.lastIndexOf(terminator) == sb.length() - terminator.length()) {
                return sb.substring(0, sb.length() - terminator.length());
            }
        }
        endedInsideMarkup = true;
        return null;
    }

    private int read() throws IOException {
        int c;
        if (pushedBack >= 0) {
            c = pushedBack;
            pushedBack = -1;
            return c;
        }
        c = in.read();
        if (c == '\n') {
            line++;
        }
        if (recording != null && c >= 0 && recording.length() < RECORDING_LIMIT) {
            recording.append((char) c);
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
