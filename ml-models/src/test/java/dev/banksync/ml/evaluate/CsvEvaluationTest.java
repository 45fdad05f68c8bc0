package dev.banksync.ml.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void mapsAnotherTaxonomyManyToOneAndReportsUnmappedLabels() throws IOException {
        // the echo categoriser answers the text, so the text column holds what "the model" says
        Path csv = write("data.csv", """
                Memo,Their label,Value
                FOOD_AND_DRINK,Restaurants,-12.50
                FOOD_AND_DRINK,Groceries,"-1,234.56"
                FOOD_AND_DRINK,Coffee shops,(3.10)
                TRAVEL,Coffee shops,-4
                INCOME,Paycheck,2500
                INCOME,Uncategorized,1
                INCOME,,1
                """);
        Path map = write("map.csv", """
                source,target
                restaurants,FOOD_AND_DRINK_RESTAURANT
                Groceries,FOOD_AND_DRINK
                Coffee Shops,FOOD_AND_DRINK_COFFEE
                Paycheck,INCOME_WAGES
                """);

        EvaluationReport report = CsvEvaluation.evaluate(csv, "Memo", "Their label", "Value", map, EvaluatorTest.ECHO);

        assertThat(report.rows()).isEqualTo(7);
        assertThat(report.evaluated()).isEqualTo(5);
        assertThat(report.excludedLabels()).isEqualTo(Map.of("Uncategorized", 1L, "", 1L));
        assertThat(report.confusion().get("FOOD_AND_DRINK")).isEqualTo(Map.of("FOOD_AND_DRINK", 3L, "TRAVEL", 1L));
        assertThat(report.accuracy()).isEqualTo(0.8);
    }

    @Test
    void withoutAMapLabelsMustBePfcNames() throws IOException {
        Path csv = write("pfc.csv", """
                text,label
                TRAVEL,TRAVEL_FLIGHTS
                TRAVEL,Flights
                """);

        EvaluationReport report = CsvEvaluation.evaluate(csv, "text", "label", null, null, EvaluatorTest.ECHO);

        assertThat(report.evaluated()).isEqualTo(1);
        assertThat(report.accuracy()).isEqualTo(1.0);
        assertThat(report.excludedLabels()).containsEntry("Flights", 1L);
    }

    @Test
    void badInputNamesTheFileLineAndField() throws IOException {
        Path csv = write("bad.csv", "text,label,amount\nINCOME,INCOME,12.00\nINCOME,INCOME,twelve\n");
        Path badMap = write("badmap.csv", "a,INCOME\nb,SHOPPING\n");

        assertThatThrownBy(() -> CsvEvaluation.evaluate(csv, "text", "label", "amount", null, EvaluatorTest.ECHO))
                .hasMessageContaining("bad.csv line 3").hasMessageContaining("field amount");
        assertThatThrownBy(() -> CsvEvaluation.evaluate(csv, "text", "category", null, null, EvaluatorTest.ECHO))
                .hasMessageContaining("no column 'category'");
        assertThatThrownBy(() -> LabelMap.read(badMap)).hasMessageContaining("badmap.csv line 2")
                .hasMessageContaining("SHOPPING");
    }

    @Test
    void amountsInTheUsualNotations() {
        assertThat(CsvEvaluation.amountMinor("-5,75", "EUR", "w", "a")).isEqualTo(-575);
        assertThat(CsvEvaluation.amountMinor("1.234,56", "EUR", "w", "a")).isEqualTo(123_456);
        assertThat(CsvEvaluation.amountMinor("$ (12.00)", "USD", "w", "a")).isEqualTo(-1_200);
        assertThat(CsvEvaluation.amountMinor("₹1,50,000.00", "INR", "w", "a")).isEqualTo(15_000_000);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
