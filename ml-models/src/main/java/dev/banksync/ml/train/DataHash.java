package dev.banksync.ml.train;

import dev.banksync.core.money.Money;
import dev.banksync.ml.corpus.LabelledTransaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of training rows in a canonical form (what the model saw, not how the file was formatted). */
public final class DataHash {

    private DataHash() {
    }

    public static String of(List<LabelledTransaction> rows) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        for (LabelledTransaction row : rows) {
            String canonical = String.join("\u001f", row.description(),
                    Money.ofMinor(row.amountMinor(), row.currency()).toString(), String.valueOf(row.mcc()),
                    String.valueOf(row.country()), row.category()) + "\n";
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
