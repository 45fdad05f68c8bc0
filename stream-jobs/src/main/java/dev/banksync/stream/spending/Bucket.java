package dev.banksync.stream.spending;

import java.time.LocalDate;

/** One user's aggregate cell: the month (its first day), the category and the currency of the amounts. */
public record Bucket(LocalDate month, String category, String currency) {
}
