package dev.banksync.ml.golden;

import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.categorise.Prediction;
import dev.banksync.ml.categorise.TribuoCategoriser;
import dev.banksync.ml.registry.ModelFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The saved golden model must keep giving the recorded predictions on fixed lines: a change to the normaliser,
 * the features, the scorer or the model file format that moves any of them fails here. If the change is meant,
 * re-run {@link GoldenPredictionsWriter} and review the diff.
 */
class GoldenPredictionsTest {

    @Test
    void savedModelGivesTheRecordedPredictions() throws IOException {
        TribuoCategoriser categoriser = new TribuoCategoriser(goldenModel());
        List<CSVRecord> expected = expectedRows();

        assertThat(expected).hasSameSizeAs(GoldenLines.LINES);
        for (CSVRecord row : expected) {
            Prediction p = categoriser.predict(new CategoriserInput(row.get("description"),
                    Long.parseLong(row.get("amount_minor")), row.get("currency"), null, null));
            assertThat(p.category()).as(row.get("description")).isEqualTo(row.get("category"));
            assertThat(p.confidence()).as(row.get("description"))
                    .isCloseTo(Double.parseDouble(row.get("confidence")), within(2e-6));
            assertThat(p.merchant() == null ? "" : p.merchant()).as(row.get("description"))
                    .isEqualTo(row.get("merchant"));
        }
    }

    @Test
    void recordedPredictionsAreSensibleForTheObviousLines() throws IOException {
        // independent of the recording: what anyone reading these lines would say
        List<CSVRecord> rows = expectedRows();
        assertThat(categoryOf(rows, "CARD PAYMENT TO TESCO")).isEqualTo("FOOD_AND_DRINK");
        assertThat(categoryOf(rows, "GUSTO DES:PAYROLL")).isEqualTo("INCOME");
        assertThat(categoryOf(rows, "ATW-416021")).isEqualTo("TRANSFER_OUT");
        assertThat(categoryOf(rows, "MONTHLY MAINTENANCE FEE")).isEqualTo("BANK_FEES");
        assertThat(categoryOf(rows, "PRLV SEPA EDF")).isEqualTo("RENT_AND_UTILITIES");
    }

    static CategoriserModel goldenModel() throws IOException {
        try (InputStream in = GoldenPredictionsTest.class.getResourceAsStream("golden-categoriser.zip")) {
            return ModelFiles.read(in, "golden-categoriser.zip");
        }
    }

    private static List<CSVRecord> expectedRows() throws IOException {
        try (InputStream in = GoldenPredictionsTest.class.getResourceAsStream("golden-predictions.csv");
             CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8),
                     CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static String categoryOf(List<CSVRecord> rows, String prefix) {
        return rows.stream().filter(r -> r.get("description").startsWith(prefix)).findFirst().orElseThrow()
                .get("category");
    }
}
