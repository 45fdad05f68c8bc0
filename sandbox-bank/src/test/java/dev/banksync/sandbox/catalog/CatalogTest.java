package dev.banksync.sandbox.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void the_shipped_merchants_cover_every_region_with_valid_categories_and_amounts() {
        MerchantCatalog catalog = MerchantCatalog.load();

        assertThat(catalog.all()).hasSizeGreaterThan(250);
        assertThat(catalog.all()).allSatisfy(m -> {
            assertThat(PfcCategories.PRIMARIES).contains(m.primaryCategory());
            assertThat(m.minMinor()).isPositive().isLessThanOrEqualTo(m.maxMinor());
            assertThat(m.descriptors()).isNotEmpty();
        });
        for (List<String> regions : List.of(List.of("US"), List.of("GB"), List.of("IN"), List.of("DE", "EU"),
                List.of("FR", "EU"), List.of("NL", "EU"), List.of("ES", "EU"))) {
            assertThat(catalog.missingKinds(regions)).as("kinds missing for %s", regions).isEmpty();
        }
    }

    @Test
    void a_bad_merchant_row_is_refused_naming_the_file_line_and_column() {
        assertThatThrownBy(() -> MerchantCatalog.load("/bad-merchants.csv"))
                .hasMessageContaining("bad-merchants.csv line 3, column 'category'")
                .hasMessageContaining("FOOD_AND_DRNK_COFFEE");
    }

    @Test
    void an_unknown_placeholder_is_refused_at_load_time() {
        assertThatThrownBy(() -> StatementFormats.load("/bad-formats.csv"))
                .hasMessageContaining("bad-formats.csv line 2, column 'template'")
                .hasMessageContaining("unknown placeholder {dsc}");
    }

    @Test
    void an_amount_finer_than_the_currency_is_refused() {
        assertThatThrownBy(() -> MerchantCatalog.load("/bad-amounts.csv"))
                .hasMessageContaining("line 2, column 'min'")
                .hasMessageContaining("not an amount in GBP");
    }

    @Test
    void the_shipped_formats_cover_every_rail_of_every_country() {
        StatementFormats formats = StatementFormats.load();

        for (String country : List.of("US", "GB", "DE", "FR", "NL", "ES", "IN")) {
            assertThat(formats.missingRails(country)).as("rails missing for %s", country).isEmpty();
        }
        assertThat(formats.missingRails("US")).doesNotContain(Rail.UPI);
        assertThat(formats.format("IN", Rail.UPI, 0).uses("vpa")).isTrue();
    }
}
