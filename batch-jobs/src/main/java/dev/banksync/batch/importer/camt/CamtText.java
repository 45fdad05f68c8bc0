package dev.banksync.batch.importer.camt;

import dev.banksync.batch.importer.statement.Descriptions;
import dev.banksync.batch.importer.statement.TextDecoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words of a camt entry: who the money went to or came from, and what for.
 *
 * <p>Description: for each transaction detail, the counterparty — the creditor of a debit, the debtor of a
 * credit ({@code Nm}, or {@code Pty/Nm} from version 8), else the ultimate one — and the remittance information:
 * the unstructured lines, else the structured additional text or creditor reference. Without details (or text in
 * them): {@code AddtlNtryInf}, the bank's booking text. Repeats are dropped (a batch of payments to one creditor).
 *
 * <p>Reference, the bank's id for the booking when there is one: {@code AcctSvcrRef}, else {@code NtryRef}, else
 * for a single-transaction entry its {@code Refs/AcctSvcrRef} or end-to-end id (unless NOTPROVIDED).
 */
final class CamtText {

    private final TextDecoding decoding;

    CamtText(TextDecoding decoding) {
        this.decoding = decoding;
    }

    String description(CamtEntry e, boolean debit) {
        List<String> names = new ArrayList<>();
        List<String> purposes = new ArrayList<>();
        for (Map<String, List<String>> d : e.details()) {
            String side = debit ? "Cdtr" : "Dbtr";
            names.add(trusted("NtryDtls/TxDtls/RltdPties/" + side, name(d, side)));
            purposes.add(trusted("NtryDtls/TxDtls/RmtInf", remittance(d)));
            if (names.get(names.size() - 1) == null && purposes.get(purposes.size() - 1) == null) {
                purposes.add(trusted("NtryDtls/TxDtls/AddtlTxInf", CamtEntry.first(d, "AddtlTxInf")));
            }
        }
        List<String> parts = new ArrayList<>(names);
        parts.addAll(purposes);
        String description = Descriptions.combine(parts.stream().filter(p -> p != null).toList());
        return description.isEmpty() ? Descriptions.collapse(trusted("AddtlNtryInf", e.first("AddtlNtryInf")))
                : description;
    }

    String reference(CamtEntry e) {
        String reference = e.first("AcctSvcrRef") != null ? e.first("AcctSvcrRef") : e.first("NtryRef");
        if (reference == null && e.details().size() == 1) {
            Map<String, List<String>> d = e.details().get(0);
            String endToEnd = CamtEntry.first(d, "Refs/EndToEndId");
            reference = CamtEntry.first(d, "Refs/AcctSvcrRef") != null ? CamtEntry.first(d, "Refs/AcctSvcrRef")
                    : "NOTPROVIDED".equalsIgnoreCase(endToEnd) ? null : endToEnd;
        }
        return trusted("AcctSvcrRef", reference);
    }

    /** {@code Cdtr/Nm} (to version 7) or {@code Cdtr/Pty/Nm} (version 8 on), else the ultimate party's. */
    private static String name(Map<String, List<String>> d, String side) {
        for (String path : List.of(side + "/Nm", side + "/Pty/Nm", "Ultmt" + side + "/Nm", "Ultmt" + side + "/Pty/Nm")) {
            String name = CamtEntry.first(d, "RltdPties/" + path);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String remittance(Map<String, List<String>> d) {
        List<String> lines = CamtEntry.all(d, "RmtInf/Ustrd");
        if (lines.isEmpty()) {
            lines = CamtEntry.all(d, "RmtInf/Strd/AddtlRmtInf");
        }
        if (lines.isEmpty()) {
            lines = CamtEntry.all(d, "RmtInf/Strd/CdtrRefInf/Ref");
        }
        String joined = String.join(" ", lines).strip();
        return joined.isEmpty() ? null : joined;
    }

    private String trusted(String field, String value) {
        decoding.requireTrusted(field, value);
        return value;
    }
}
