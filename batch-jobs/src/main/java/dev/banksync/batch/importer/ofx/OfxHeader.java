package dev.banksync.batch.importer.ofx;

import dev.banksync.batch.importer.statement.StatementFormatException;
import dev.banksync.batch.importer.statement.TextDecoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an OFX file says about itself before its first element, of which only the character set matters here:
 * OFX 1.x's {@code KEY:VALUE} header ({@code ENCODING:USASCII} + {@code CHARSET:1252}, or {@code ENCODING:UTF-8}),
 * OFX 2.x's XML declaration, or nothing at all (some banks send a bare {@code <OFX>}: then it is sniffed).
 */
record OfxHeader(TextDecoding decoding) {

    private static final int HEADER_LIMIT = 16 * 1024;
    private static final Pattern HEADER_LINE = Pattern.compile("^\\s*([A-Za-z]+)\\s*:(.*)$");
    private static final Pattern XML_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    static OfxHeader read(Path file, Charset override) throws IOException {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(HEADER_LIMIT), StandardCharsets.ISO_8859_1);
        }
        boolean utf8Bom = head.startsWith("\u00EF\u00BB\u00BF");
        String[] lines = (utf8Bom ? head.substring(3) : head).split("\r\n|\r|\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        String start = first < lines.length ? lines[first].strip() : "";
        String upper = start.toUpperCase(Locale.ROOT);
        OfxHeader header;
        if (upper.startsWith("OFXHEADER")) {
            header = sgmlHeader(lines, first);
        } else if (upper.startsWith("<?XML")) {
            header = xmlHeader(lines, first, head);
        } else if (upper.startsWith("<")) {
            header = new OfxHeader(utf8Bom ? TextDecoding.of(StandardCharsets.UTF_8) : TextDecoding.sniff(file));
        } else {
            throw new StatementFormatException(file.getFileName() + " line " + (first + 1) + ": not an OFX file: it"
                    + " starts with '" + abbreviate(start) + "', not an OFX header (OFXHEADER:100 or <?xml …?>) or <OFX>");
        }
        return override == null ? header : new OfxHeader(TextDecoding.of(override));
    }

    /** {@code OFXHEADER:100 … ENCODING:USASCII CHARSET:1252 …} up to the first blank line or element. */
    private static OfxHeader sgmlHeader(String[] lines, int first) {
        String encoding = null;
        String charset = null;
        int encodingLine = 0;
        int charsetLine = 0;
        for (int i = first; i < lines.length && !lines[i].isBlank() && !lines[i].contains("<"); i++) {
            Matcher m = HEADER_LINE.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1).toUpperCase(Locale.ROOT)) {
                case "ENCODING" -> {
                    encoding = value.toUpperCase(Locale.ROOT);
                    encodingLine = i + 1;
                }
                case "CHARSET" -> {
                    charset = value.toUpperCase(Locale.ROOT);
                    charsetLine = i + 1;
                }
                default -> {
                    // OFXHEADER, DATA, VERSION, SECURITY, COMPRESSION, file UIDs: nothing to decode with
                }
            }
        }
        if (encoding != null && (encoding.equals("UTF-8") || encoding.equals("UTF8") || encoding.equals("UNICODE"))) {
            return new OfxHeader(TextDecoding.of(StandardCharsets.UTF_8));
        }
        if (encoding != null && !encoding.equals("USASCII")) {
            return new OfxHeader(TextDecoding.unknownDeclared("ENCODING:" + encoding + " on line " + encodingLine));
        }
        if (charset == null || charset.isEmpty() || charset.equals("NONE")) {
            // USASCII without a code page: in practice the bank's Windows code page, a superset of ASCII.
            return new OfxHeader(TextDecoding.of(TextDecoding.WINDOWS_1252));
        }
        String name = charset.matches("\\d{3,4}") ? "windows-" + charset
                : charset.matches("8859-\\d+") ? "ISO-" + charset : charset;
        return new OfxHeader(TextDecoding.isKnown(name) ? TextDecoding.of(Charset.forName(name))
                : TextDecoding.unknownDeclared("CHARSET:" + charset + " on line " + charsetLine));
    }

    /** {@code <?xml version="1.0" encoding="…"?>} then {@code <?OFX OFXHEADER="200" VERSION="211" …?>}. */
    private static OfxHeader xmlHeader(String[] lines, int first, String head) {
        int end = head.indexOf("?>");
        String declaration = end < 0 ? lines[first] : head.substring(head.indexOf("<?"), end);
        Matcher encoding = XML_ENCODING.matcher(declaration);
        if (!encoding.find()) {
            return new OfxHeader(TextDecoding.of(StandardCharsets.UTF_8));
        }
        String name = encoding.group(1).strip();
        return new OfxHeader(TextDecoding.isKnown(name) ? TextDecoding.of(Charset.forName(name))
                : TextDecoding.unknownDeclared("encoding=\"" + name + "\" on line " + (first + 1)));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
