package dev.banksync.batch.importer.camt;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One {@code <Ntry>} as read: its values by path below {@code Ntry} ({@code Amt}, {@code Amt/@Ccy},
 * {@code BookgDt/Dt}…) and, for each {@code NtryDtls/TxDtls}, that detail's values by path below it
 * ({@code RltdPties/Cdtr/Nm}, {@code RmtInf/Ustrd}…). Paths use local names, so every message version reads alike.
 *
 * @param path            where the entry is, e.g. {@code Stmt[2]/Ntry[5]}
 * @param line            the line of its start tag
 * @param accountCurrency the statement's {@code Acct/Ccy}, null when absent
 */
record CamtEntry(String path, long line, String accountCurrency, Map<String, List<String>> values,
                 List<Map<String, List<String>>> details) {

    private static final int RAW_LIMIT = 1000;

    String first(String path) {
        return first(values, path);
    }

    static String first(Map<String, List<String>> values, String path) {
        List<String> all = values.get(path);
        return all == null || all.isEmpty() || all.get(0).isBlank() ? null : all.get(0).strip();
    }

    static List<String> all(Map<String, List<String>> values, String path) {
        return values.getOrDefault(path, List.of());
    }

    /** The entry's own values as {@code path=value} pairs, for the quarantine. */
    String raw() {
        String raw = values.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
                .collect(Collectors.joining(" ", path + ": ", details.isEmpty() ? "" : " (+" + details.size() + " TxDtls)"));
        return raw.length() <= RAW_LIMIT ? raw : raw.substring(0, RAW_LIMIT) + "…";
    }
}
