package dev.banksync.batch.importer.statement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a statement file's bytes become text, and what that means for trusting its text.
 *
 * <p>A file that declares a character set the JDK does not know is not decoded by guessing: it is read byte for
 * byte (ISO-8859-1), which keeps every ASCII character exact — dates, amounts, ids, most descriptions — and a
 * record whose text holds any other character is rejected naming the declaration ({@link #requireTrusted}),
 * rather than importing a garbled name. The profile's {@code charset=} setting overrides the declaration.
 *
 * @param charset    what the file is decoded with
 * @param distrusted the declaration that could not be honoured, e.g. {@code "CHARSET:KLINGON (line 6)"}; null when
 *                   the text can be trusted
 */
public record TextDecoding(Charset charset, String distrusted) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static TextDecoding of(Charset charset) {
        return new TextDecoding(charset, null);
    }

    /** Byte-for-byte reading of a file whose declared character set is unknown. */
    public static TextDecoding unknownDeclared(String declaration) {
        return new TextDecoding(StandardCharsets.ISO_8859_1, declaration);
    }

    /**
     * For files that declare nothing (MT940, header-less OFX): UTF-8 when every byte sequence of the file is valid
     * UTF-8 — which 8-bit text practically never is — otherwise windows-1252, the Western European code page that
     * these files mostly use when they are not UTF-8 (ISO-8859-1 with printable characters in 0x80–0x9F).
     */
    public static TextDecoding sniff(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream bytes = Files.newInputStream(file)) {
            int n;
            while ((n = bytes.read(in.array(), in.position(), in.remaining())) >= 0) {
                in.position(in.position() + n);
                in.flip();
                if (utf8.decode(in, out, false).isError()) {
                    return of(WINDOWS_1252);
                }
                in.compact();
                out.clear();
            }
            in.flip();
            if (utf8.decode(in, out, true).isError() || utf8.flush(out).isError()) {
                return of(WINDOWS_1252);
            }
        }
        return of(StandardCharsets.UTF_8);
    }

    /** Throws a {@link FieldFault} on {@code field} when its text cannot be trusted; null or ASCII text always can. */
    public void requireTrusted(String field, String text) {
        if (distrusted == null || text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                throw new FieldFault(field, "holds characters outside ASCII, and the file declares a character set"
                        + " that is not known (" + distrusted + "), so they cannot be decoded safely; re-export the"
                        + " file as UTF-8 or name its character set in the profile (charset=<name>)");
            }
        }
    }

    /** Whether a charset name (as a file declares it) is one the JDK can decode. */
    public static boolean isKnown(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
