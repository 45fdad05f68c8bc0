package dev.banksync.batch.importer.camt;

import dev.banksync.batch.importer.statement.StatementFormatException;
import dev.banksync.batch.importer.statement.TextDecoding;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A camt file as a secure StAX stream. DTDs are not supported and external entities never resolved, so a
 * {@code <!DOCTYPE>} cannot read local files or expand entities (XXE, "billion laughs"); the reader refuses any
 * DOCTYPE outright. Normally the parser decodes the file as its XML declaration says; when the declaration names
 * a character set the JDK does not know, or the profile names one, the file is decoded here instead
 * (see {@link TextDecoding} for what an unknown declaration means for the entries' text).
 */
final class CamtSource {

    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private final Path file;
    private final Charset readerCharset;
    private final TextDecoding decoding;

    private CamtSource(Path file, Charset readerCharset, TextDecoding decoding) {
        this.file = file;
        this.readerCharset = readerCharset;
        this.decoding = decoding;
    }

    /** @param override the profile's character set, or null to go by the file's declaration */
    static CamtSource of(Path file, Charset override) throws IOException {
        if (override != null) {
            return new CamtSource(file, override, TextDecoding.of(override));
        }
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(512), StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
        }
        Matcher m = ENCODING.matcher(head);
        if (m.find() && !TextDecoding.isKnown(m.group(1).strip())) {
            TextDecoding unknown = TextDecoding.unknownDeclared("encoding=\"" + m.group(1).strip() + "\" on line 1");
            return new CamtSource(file, unknown.charset(), unknown);
        }
        return new CamtSource(file, null, TextDecoding.of(StandardCharsets.UTF_8));
    }

    TextDecoding decoding() {
        return decoding;
    }

    Path file() {
        return file;
    }

    /** A new pass over the file. */
    Pass open() throws IOException {
        Closeable source = readerCharset == null ? Files.newInputStream(file) : Files.newBufferedReader(file, readerCharset);
        try {
            XMLStreamReader xml = source instanceof Reader reader ? factory().createXMLStreamReader(reader)
                    : factory().createXMLStreamReader((InputStream) source);
            return new Pass(xml, source);
        } catch (XMLStreamException e) {
            source.close();
            throw new StatementFormatException(file.getFileName() + ": not readable as XML: " + CamtSource.message(e), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The parser's message without its "ParseError at [row,col]" preamble (the caller states the location). */
    static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }

    /** One pass: the StAX reader and the file it reads, closed together. */
    record Pass(XMLStreamReader xml, Closeable source) implements Closeable {

        @Override
        public void close() throws IOException {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing the reader releases no file; the source below does
            } finally {
                source.close();
            }
        }
    }
}
