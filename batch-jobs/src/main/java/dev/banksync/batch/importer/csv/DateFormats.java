package dev.banksync.batch.importer.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Date patterns of bank exports, and the detection of a file's pattern from all its date values: the pattern that
 * reads the most values wins; when a day-first and a month-first pattern read equally many (every day ≤ 12), the
 * file is ambiguous and we refuse to guess, because a wrong guess silently moves transactions between months.
 */
final class DateFormats {

    /** In preference order. Pairs that differ only in day/month order are the ambiguous ones. */
    private static final List<String> CANDIDATES = List.of(
            "uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuuMMdd",
            "d.M.uuuu", "d.M.uu",
            "d/M/uuuu", "M/d/uuuu", "d/M/uu", "M/d/uu",
            "d-M-uuuu", "M-d-uuuu",
            "d MMM uuuu", "d-MMM-uuuu", "d-MMM-uu", "d MMM uu", "MMM d, uuuu", "MMM d uuuu");

    private DateFormats() {
    }

    /** A strict, case-insensitive formatter ({@code 31/02} is an error, not March). English month names. */
    static DateTimeFormatter formatter(String pattern) {
        try {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a date pattern: '" + pattern + "' (" + e.getMessage() + ")", e);
        }
    }

    static LocalDate parse(String value, DateTimeFormatter formatter) {
        return LocalDate.parse(value.strip(), formatter);
    }

    /** Feed every date value of a file, then ask for the pattern. */
    static final class Detector {

        private final Map<String, DateTimeFormatter> formatters = new LinkedHashMap<>();
        private final Map<String, Integer> hits = new LinkedHashMap<>();
        private String example;

        Detector() {
            for (String pattern : CANDIDATES) {
                formatters.put(pattern, formatter(pattern));
                hits.put(pattern, 0);
            }
        }

        void accept(String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            if (example == null) {
                example = value.strip();
            }
            formatters.forEach((pattern, formatter) -> {
                try {
                    parse(value, formatter);
                    hits.merge(pattern, 1, Integer::sum);
                } catch (DateTimeParseException e) {
                    // not this pattern
                }
            });
        }

        /** The winning pattern; throws naming the column when none fits or the choice is ambiguous. */
        String pattern(String column) {
            int best = hits.values().stream().max(Integer::compare).orElse(0);
            if (best == 0) {
                throw new IllegalArgumentException("no known date pattern fits column '" + column + "'"
                        + (example == null ? " (it is empty)" : " (e.g. '" + example + "')") + "; set date.pattern");
            }
            List<String> tied = new ArrayList<>();
            hits.forEach((pattern, count) -> {
                if (count == best) {
                    tied.add(pattern);
                }
            });
            for (String pattern : tied) {
                String swapped = swapDayMonth(pattern);
                if (!swapped.equals(pattern) && tied.contains(swapped)) {
                    throw new IllegalArgumentException("dates in column '" + column + "' fit both " + pattern
                            + " and " + swapped + " (no day above 12); set date.pattern");
                }
            }
            return tied.get(0);
        }

        private static String swapDayMonth(String pattern) {
            if (pattern.contains("MMM")) {
                return pattern;
            }
            return pattern.replace('d', '#').replace('M', 'd').replace('#', 'M');
        }
    }
}
