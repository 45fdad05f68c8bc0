package dev.banksync.batch.importer.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds a {@link CsvProfile} by name ({@code generic}) or loads one from a properties file. The format, with every
 * key optional (a missing key is detected from the file):
 *
 * <pre>
 * delimiter=;                     # one character, or "tab"
 * charset=ISO-8859-1              # default UTF-8
 * date.column=Booking Date
 * date.pattern=dd.MM.uuuu         # java.time pattern
 * value-date.column=Value Date
 * amount.column=Amount            # or both of:
 * debit.column=Debit
 * credit.column=Credit
 * direction.column=Transaction Type   # debit/credit, DR/CR or D/C markers for unsigned amounts
 * description.columns=Payee|Memo      # several columns joined with a space, separated by |
 * currency.column=Currency
 * currency=EUR                    # currency of every row when there is no currency column
 * reference.column=Reference
 * decimal.separator=,             # . or ,
 * </pre>
 *
 * Column names match the header case-insensitively, ignoring accents and punctuation.
 */
public final class CsvProfiles {

    private static final Set<String> KEYS = Set.of("name", "delimiter", "charset", "date.column", "date.pattern",
            "value-date.column", "amount.column", "debit.column", "credit.column", "direction.column",
            "description.columns", "currency.column", "currency", "reference.column", "decimal.separator");

    private CsvProfiles() {
    }

    /** {@code "generic"} (or blank) gives {@link CsvProfile#GENERIC}; anything else is a path to a properties file. */
    public static CsvProfile resolve(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank() || nameOrPath.equalsIgnoreCase(CsvProfile.GENERIC.name())) {
            return CsvProfile.GENERIC;
        }
        Path path = Path.of(nameOrPath);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("unknown CSV profile '" + nameOrPath
                    + "': use 'generic' or the path of a profile properties file");
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String fileName = path.getFileName().toString();
            return fromProperties(fileName.replaceFirst("\\.properties$", ""), load(reader, nameOrPath));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read CSV profile " + path + ": " + e.getMessage(), e);
        }
    }

    /** A profile from properties text, e.g. in tests: {@code parse("mybank", "date.column=Date\namount.column=Amt")}. */
    public static CsvProfile parse(String name, String propertiesText) {
        try {
            return fromProperties(name, load(new StringReader(propertiesText), name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static CsvProfile fromProperties(String defaultName, Properties p) {
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("CSV profile " + defaultName + ": unknown keys " + unknown
                    + " (known: " + new TreeSet<>(KEYS) + ")");
        }
        String charset = text(p, "charset");
        return new CsvProfile(
                p.getProperty("name", defaultName).trim(),
                delimiter(p.getProperty("delimiter")),
                charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset),
                text(p, "date.column"),
                text(p, "date.pattern"),
                text(p, "value-date.column"),
                text(p, "amount.column"),
                text(p, "debit.column"),
                text(p, "credit.column"),
                text(p, "direction.column"),
                list(text(p, "description.columns")),
                text(p, "currency.column"),
                text(p, "reference.column"),
                text(p, "currency"),
                character(text(p, "decimal.separator"), "decimal.separator"));
    }

    private static Properties load(Reader reader, String what) throws IOException {
        Properties p = new Properties();
        try {
            p.load(reader);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CSV profile " + what + " is not a valid properties file: "
                    + e.getMessage(), e);
        }
        return p;
    }

    private static String text(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static Character delimiter(String raw) {
        // Read unstripped: properties turn "\t" into a real tab, which strip() would lose.
        if (raw != null && raw.equals("\t")) {
            return '\t';
        }
        String value = raw == null || raw.isBlank() ? null : raw.strip();
        return value != null && value.equalsIgnoreCase("tab") ? Character.valueOf('\t') : character(value, "delimiter");
    }

    private static Character character(String value, String key) {
        if (value == null) {
            return null;
        }
        if (value.length() != 1) {
            throw new IllegalArgumentException("CSV profile key " + key + " must be one character, was '" + value + "'");
        }
        return value.charAt(0);
    }
}
