package dev.banksync.batch.importer.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A line's description from the parts a format offers (payee, memo, counterparty, remittance text…): each part's
 * white space collapsed (statement formats wrap text at fixed widths and pad it), blank parts dropped, and a part
 * dropped when another part already contains it, ignoring case — OFX 1.x cuts NAME at 32 characters and banks
 * repeat it in full in MEMO; MT940 repeats the counterparty of {@code :61:} in {@code :86:}.
 */
public final class Descriptions {

    private Descriptions() {
    }

    public static String combine(String... parts) {
        return combine(Arrays.asList(parts));
    }

    public static String combine(List<String> parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String p = collapse(part);
            if (p.isEmpty()) {
                continue;
            }
            String lower = p.toLowerCase(Locale.ROOT);
            if (kept.stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).contains(lower))) {
                continue;
            }
            kept.removeIf(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
            kept.add(p);
        }
        return String.join(" ", kept);
    }

    /** Runs of white space (tabs, line breaks, padding) as one space, trimmed; null as empty. */
    public static String collapse(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
