package dev.banksync.batch.importer.mt940;

import dev.banksync.batch.importer.statement.Descriptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The information to the account owner, field {@code :86:}, in the three shapes banks use:
 * <ul>
 *   <li>German structured (DFÜ-Abkommen, Sparkassen, Volksbanken, Deutsche Bank…): a 3-digit business code, then
 *       {@code ?NN} subfields: {@code ?00} posting text, {@code ?20}–{@code ?29} and {@code ?60}–{@code ?63} the
 *       purpose (27-character pieces of one text), {@code ?32}/{@code ?33} the counterparty's name; inside the
 *       purpose the SEPA keywords {@code SVWZ+} (the remittance text) and {@code EREF+} (end-to-end reference);</li>
 *   <li>Dutch structured (ING, ABN AMRO, Rabobank since SEPA): {@code /KEY/value} pairs — {@code /NAME/},
 *       {@code /CNTP/iban/bic/name/city}, {@code /REMI/} (possibly {@code USTD//text} or {@code STRD/CUR/ref}),
 *       {@code /EREF/}, {@code /TRTP/} the transaction type;</li>
 *   <li>free text, over one or more lines (or several {@code :86:} fields, as Rabobank writes).</li>
 * </ul>
 * Structured text is wrapped at fixed widths, mid-word, so its lines join without a space; free text lines join
 * with one.
 *
 * @param description counterparty name and remittance text, else the posting text or free text
 * @param reference   the end-to-end reference, unless NOTPROVIDED; null when none
 */
record Mt940Details(String description, String reference) {

    static final Mt940Details NONE = new Mt940Details("", null);

    private static final Pattern GERMAN = Pattern.compile("^\\d{3}\\?");
    private static final Pattern SUBFIELD = Pattern.compile("\\?(\\d{2})");
    private static final Pattern SEPA_KEY = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT)\\+");
    private static final Pattern DUTCH_KEY = Pattern.compile("/(TRTP|IBAN|BIC|NAME|REMI|EREF|MARF|CSID|CNTP|ORDP|BENM"
            + "|ULTC|ULTD|ULTB|PURP|RTRN|ISDT|PREF|SVCL|BUSP|FX|ADDR|ID|CDTRREF|CDTRREFTP|CREF|OCMT)/");

    static Mt940Details parse(List<String> lines) {
        if (lines.isEmpty()) {
            return NONE;
        }
        String joined = String.join("", lines).strip();
        if (GERMAN.matcher(joined).find()) {
            return german(joined);
        }
        if (joined.startsWith("/") && DUTCH_KEY.matcher(joined).lookingAt()) {
            return dutch(joined);
        }
        return new Mt940Details(Descriptions.combine(String.join(" ", lines)), null);
    }

    private static Mt940Details german(String text) {
        Map<Integer, StringBuilder> subfields = new LinkedHashMap<>();
        Matcher m = SUBFIELD.matcher(text);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1))});
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            subfields.computeIfAbsent(marks.get(i)[2], k -> new StringBuilder()).append(text, marks.get(i)[1], end);
        }
        StringBuilder purpose = new StringBuilder();
        subfields.forEach((code, value) -> {
            if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) {
                purpose.append(value);
            }
        });
        String name = get(subfields, 32) + get(subfields, 33);
        Map<String, String> sepa = sepaParts(purpose.toString());
        String remittance = sepa.isEmpty() ? purpose.toString() : sepa.getOrDefault("SVWZ", sepa.getOrDefault("", ""));
        String description = Descriptions.combine(name, remittance);
        return new Mt940Details(description.isEmpty() ? Descriptions.collapse(get(subfields, 0)) : description,
                reference(sepa.get("EREF")));
    }

    /** {@code EREF+123 SVWZ+Rent} → {EREF=123, SVWZ=Rent}; text before the first keyword under "". */
    private static Map<String, String> sepaParts(String purpose) {
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher m = SEPA_KEY.matcher(purpose);
        int start = 0;
        String key = "";
        while (m.find()) {
            putNonBlank(parts, key, purpose.substring(start, m.start()));
            key = m.group(1);
            start = m.end();
        }
        if (!key.isEmpty()) {
            putNonBlank(parts, key, purpose.substring(start));
        }
        return parts;
    }

    private static Mt940Details dutch(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = DUTCH_KEY.matcher(text);
        String key = null;
        int start = 0;
        while (m.find()) {
            if (key != null) {
                fields.putIfAbsent(key, text.substring(start, m.start()));
            }
            key = m.group(1);
            start = m.end();
        }
        if (key != null) {
            fields.putIfAbsent(key, text.substring(start));
        }
        String name = trimSlashes(fields.get("NAME"));
        if (name.isEmpty() && fields.containsKey("CNTP")) {
            String[] counterparty = fields.get("CNTP").split("/", -1);
            name = counterparty.length > 2 ? counterparty[2] : "";
        }
        String remittance = trimSlashes(fields.get("REMI")).replaceFirst("^USTD//?", "").replaceFirst("^STRD/CUR/", "");
        String description = Descriptions.combine(name, trimSlashes(remittance));
        return new Mt940Details(description.isEmpty() ? Descriptions.collapse(trimSlashes(fields.get("TRTP"))) : description,
                reference(trimSlashes(fields.get("EREF"))));
    }

    private static String reference(String value) {
        String v = value == null ? "" : value.strip();
        return v.isEmpty() || v.equalsIgnoreCase("NOTPROVIDED") ? null : v;
    }

    private static String trimSlashes(String value) {
        return value == null ? "" : value.replaceAll("^/+|/+$", "").strip();
    }

    private static String get(Map<Integer, StringBuilder> subfields, int code) {
        StringBuilder value = subfields.get(code);
        return value == null ? "" : value.toString();
    }

    private static void putNonBlank(Map<String, String> parts, String key, String value) {
        if (!value.isBlank()) {
            parts.putIfAbsent(key, value.strip());
        }
    }
}
