package dev.banksync.ml.merchant;

/**
 * One entry of the merchant knowledge base: a clean name, its PFC primary and detailed category, and the country
 * (ISO-3166 alpha-2) it trades in, or {@code ANY} for merchants found everywhere.
 */
public record KnownMerchant(String name, String primary, String detailed, String country) {

    public static final String ANY_COUNTRY = "ANY";
}
