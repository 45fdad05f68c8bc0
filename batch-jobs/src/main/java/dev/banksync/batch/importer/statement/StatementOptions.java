package dev.banksync.batch.importer.statement;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;

/**
 * The profile of the structured statement formats (OFX, camt, MT940), whose layout the file itself describes:
 * {@code generic} (the default: the file's only account, its own character set) or {@code key=value} pairs joined
 * by {@code ;}, e.g. {@code account=NL91ABNA0417164300;charset=ISO-8859-15}.
 *
 * @param account which account's statements to import, see {@link AccountSelector}
 * @param charset decodes the file whatever it declares (null: what the file declares, or UTF-8/windows-1252 for
 *                MT940, which declares nothing)
 */
public record StatementOptions(AccountSelector account, Charset charset) {

    public static final StatementOptions DEFAULT = new StatementOptions(AccountSelector.singleAccount(), null);

    public StatementOptions {
        account = account == null ? AccountSelector.singleAccount() : account;
    }

    public static StatementOptions parse(String profile) {
        if (profile == null || profile.isBlank() || profile.strip().equalsIgnoreCase("generic")) {
            return DEFAULT;
        }
        AccountSelector account = null;
        Charset charset = null;
        for (String pair : profile.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair.strip() : pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
            switch (key) {
                case "account" -> account = AccountSelector.of(value);
                case "charset" -> charset = charset(value);
                default -> throw new IllegalArgumentException("unknown statement profile setting '" + key
                        + "' in '" + profile + "' (known: account=<identifier>, charset=<name>)");
            }
        }
        return new StatementOptions(account, charset);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown character set '" + name + "' in the statement profile", e);
        }
    }
}
