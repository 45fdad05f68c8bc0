package dev.banksync.ml.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.categorise.ModelCard;
import org.tribuo.Model;
import org.tribuo.classification.Label;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The model file: a zip holding {@value #CARD} (the {@link ModelCard} as JSON: version, trainer, data hash,
 * metrics, threshold) and {@value #MODEL} (Tribuo's own protobuf serialization). Entry times are fixed, so the same
 * model always gives the same bytes.
 */
public final class ModelFiles {

    static final String CARD = "card.json";
    static final String MODEL = "model.tribuo";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFiles() {
    }

    public static void write(CategoriserModel model, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, toBytes(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model file " + file, e);
        }
    }

    public static byte[] toBytes(CategoriserModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, CARD);
            zip.write(JSON.writeValueAsBytes(model.card()));
            zip.closeEntry();
            entry(zip, MODEL);
            model.tribuoModel().serializeToStream(new NonClosing(zip));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise model " + model.version(), e);
        }
        return bytes.toByteArray();
    }

    public static CategoriserModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + file, e);
        }
    }

    /** Reads a model file; an error names the source and what is wrong with it. */
    @SuppressWarnings("unchecked")
    public static CategoriserModel read(InputStream in, String sourceName) throws IOException {
        ModelCard card = null;
        Model<Label> model = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(CARD)) {
                    card = JSON.readValue(zip.readAllBytes(), ModelCard.class);
                } else if (e.getName().equals(MODEL)) {
                    Model<?> any = Model.deserializeFromStream(new java.io.ByteArrayInputStream(zip.readAllBytes()));
                    if (!any.validate(Label.class)) {
                        throw new IOException(sourceName + ": " + MODEL + " is not a classification model");
                    }
                    model = (Model<Label>) any;
                }
            }
        }
        if (card == null || model == null) {
            throw new IOException(sourceName + ": not a categoriser model file (needs " + CARD + " and " + MODEL + ")");
        }
        return new CategoriserModel(card, model);
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
    }

    /** Tribuo closes the stream it writes to; the zip must stay open for its next entry. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
