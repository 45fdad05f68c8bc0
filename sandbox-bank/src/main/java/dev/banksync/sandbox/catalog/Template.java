package dev.banksync.sandbox.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement-string template such as {@code "CHECKCARD {mmdd} {desc}"}. Placeholders are checked against a known
 * set when the data file is loaded, so a typo fails at start-up naming the line rather than printing braces
 * into transaction names.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9/.\\-_]+)}");

    private final String text;
    private final List<String> placeholders;

    private Template(String text, List<String> placeholders) {
        this.text = text;
        this.placeholders = placeholders;
    }

    /** Parses a template; {@code allowed} names every placeholder it may use. */
    static Template parse(String text, Set<String> allowed, CsvTable.Row row, String column) {
        if (text == null || text.isBlank()) {
            throw row.error(column, "template is empty");
        }
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group(1))) {
                throw row.error(column, "unknown placeholder {" + m.group(1) + "} in '" + text + "' (allowed: "
                        + allowed.stream().sorted().toList() + ")");
            }
            names.add(m.group(1));
        }
        return new Template(text, List.copyOf(names));
    }

    /** Replaces every placeholder with {@code values.apply(name)}. */
    public String render(Function<String, String> values) {
        if (placeholders.isEmpty()) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    public boolean uses(String placeholder) {
        return placeholders.contains(placeholder);
    }

    @Override
    public String toString() {
        return text;
    }
}
