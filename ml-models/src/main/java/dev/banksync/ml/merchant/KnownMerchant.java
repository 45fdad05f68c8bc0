package dev.banksync.ml.merchant;

import java.util.List;

/**
 * One entry of the merchant knowledge base: a clean name, its PFC primary and detailed category, the country
 * (ISO-3166 alpha-2) it trades in, or {@code ANY} for merchants found everywhere, and the spellings statements use.
 */
public record KnownMerchant(String name, String primary, String detailed, String country, List<String> aliases) {

    public KnownMerchant {
        aliases = List.copyOf(aliases);
    }

    public static final String ANY_COUNTRY = "ANY";
}
