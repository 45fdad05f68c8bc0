package dev.banksync.sandbox.catalog;

import java.util.List;

/**
 * One merchant template from {@code merchants.csv}: who it is, what it truly is (the PFC detailed category), how
 * much people usually spend there (minor units of the region's currency) and how it shows on a statement.
 *
 * @param merchantName the clean name a bank would report, or null for small businesses nobody has resolved
 * @param mcc          the card scheme's merchant category code, or null
 * @param descriptors  statement descriptors; placeholders {store} {city} {st} {ref}
 */
public record Merchant(String id, String region, String currency, MerchantKind kind, String merchantName,
                       String category, String mcc, String paymentChannel, long minMinor, long maxMinor,
                       List<Template> descriptors) {

    public String primaryCategory() {
        return PfcCategories.primaryOf(category);
    }
}
