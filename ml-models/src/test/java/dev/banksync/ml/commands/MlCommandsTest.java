package dev.banksync.ml.commands;

import dev.banksync.ml.registry.DefaultModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MlCommandsTest {

    @Test
    void predictGivesCategoryMerchantAndTheDetailedCategoryOfAKnownMerchant() {
        PredictionResult result = MlCommands.predict(DefaultModels.categoriser(),
                "SQ *BLUE BOTTLE #123 SAN FRANCISCO CA", "-5.75", null);

        assertThat(result.category()).isEqualTo("FOOD_AND_DRINK");
        assertThat(result.detailed()).isEqualTo("FOOD_AND_DRINK_COFFEE");
        assertThat(result.merchant()).isEqualTo("Blue Bottle");
        assertThat(result.confidence()).isBetween(0.0, 1.0);
        assertThat(result.modelVersion()).isEqualTo(DefaultModels.categoriser().version());
    }

    @Test
    void predictRefusesAnAmountItCannotRead() {
        assertThatThrownBy(() -> MlCommands.predict(DefaultModels.categoriser(), "X", "-5.755", "USD"))
                .hasMessageContaining("USD");
    }

    @Test
    void withoutARegistryActiveMeansTheShippedModelAndVersionsAreRefused() {
        assertThat(MlCommands.categoriser(null, "active")).isSameAs(DefaultModels.categoriser());
        assertThatThrownBy(() -> MlCommands.categoriser(null, "logistic-8-x")).hasMessageContaining("registry");
    }

    @Test
    void evaluateReadsAnyonesLabelledCsv(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("mine.csv"), """
                Narrative,Type,Amount
                CARD PAYMENT TO TESCO STORES 3271 ON 12-04-2024,Groceries,-23.45
                SHELL OIL 57444123 HOUSTON TX,Fuel,-42.10
                SOMETHING ELSE,Misc,-1.00
                """);
        Path map = Files.writeString(dir.resolve("map.csv"), "Groceries,FOOD_AND_DRINK_GROCERIES\nFuel,TRANSPORTATION_GAS\n");

        var report = MlCommands.evaluate(DefaultModels.categoriser(), csv, "Narrative", "Type", "Amount", map);

        assertThat(report.evaluated()).isEqualTo(2);
        assertThat(report.excludedLabels()).containsEntry("Misc", 1L);
        assertThat(report.accuracy()).isEqualTo(1.0);
    }
}
