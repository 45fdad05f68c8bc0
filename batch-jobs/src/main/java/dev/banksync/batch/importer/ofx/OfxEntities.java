package dev.banksync.batch.importer.ofx;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Character references in OFX text: the XML ones, {@code &nbsp;} and numeric ones; any other '&' stays as written. */
final class OfxEntities {

    private static final Pattern REFERENCE = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");

    private OfxEntities() {
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement = ref.startsWith("#") ? numeric(ref) : NAMED.get(ref.toLowerCase(java.util.Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String numeric(String ref) {
        boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
        int codePoint = Integer.parseInt(hex ? ref.substring(2) : ref.substring(1), hex ? 16 : 10);
        return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : null;
    }
}
