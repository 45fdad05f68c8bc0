package dev.banksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.banksync.core.category.Category;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code banksync ml predict} on a fresh clone: no database, the shipped default model. */
class MlCliTest {

    @Test
    void predictsWithTheShippedModelWhenNoRegistryAnswers() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BanksyncCli.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("ml", "predict", "SQ *BLUE BOTTLE #123 SAN FRANCISCO CA", "--amount", "-5.75",
                "--db-url", "jdbc:postgresql://127.0.0.1:1/none", "--json");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("shipped default model");
        JsonNode p = new ObjectMapper().readTree(out.toString());
        assertThat(Category.parse(p.get("category").asText())).isEqualTo(Category.FOOD_AND_DRINK);
        assertThat(p.get("merchant").asText()).containsIgnoringCase("blue bottle");
        assertThat(p.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void evaluateNeedsItsDataFile() {
        StringWriter err = new StringWriter();
        CommandLine cli = BanksyncCli.newCommandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("ml", "evaluate", "--text-column", "t", "--label-column", "l")).isEqualTo(2);
        assertThat(err.toString()).contains("--data");
    }

    @Test
    void aBadOptionValueIsBadUsageNamingWhatWasExpected() {
        String offline = "jdbc:postgresql://127.0.0.1:1/none";
        assertThat(CliRun.expecting(2, "ml", "predict", "TESCO", "--amount", "abc", "--db-url", offline).err())
                .contains("'abc' is not an amount").contains("Usage:");
        assertThat(CliRun.expecting(2, "ml", "predict", "TESCO", "--currency", "ZZZ", "--db-url", offline).err())
                .contains("unknown ISO-4217 currency: 'ZZZ'");
        assertThat(CliRun.expecting(2, "ml", "predict", "TESCO", "--amount", "-5.755", "--db-url", offline).err())
                .contains("--amount: amount -5.755 does not fit USD minor units");
        assertThat(CliRun.expecting(2, "ml", "train", "--trainer", "forest").err())
                .contains("unknown trainer 'forest' (expected logistic, xgboost or auto)");
    }

    @Test
    void evaluateMapsAnotherTaxonomyReportsWhatItExcludedAndPrintsTheConfusionMatrix(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path data = java.nio.file.Files.writeString(dir.resolve("labelled.csv"),
                "text,label\nSQ *BLUE BOTTLE #123 SAN FRANCISCO,Coffee\nTESCO STORES 3271,Groceries\n"
                        + "NETFLIX.COM,Streaming\n");
        java.nio.file.Path map = java.nio.file.Files.writeString(dir.resolve("map.csv"),
                "source,target\nCoffee,FOOD_AND_DRINK\nGroceries,FOOD_AND_DRINK\n");

        String out = CliRun.expecting(0, "ml", "evaluate", "--data", data.toString(), "--text-column", "text",
                "--label-column", "label", "--label-map", map.toString(),
                "--db-url", "jdbc:postgresql://127.0.0.1:1/none").out();

        assertThat(out).contains("3 rows, 2 evaluated").contains("excluded (unmapped) labels: {Streaming=1}")
                .contains("confusion matrix (rows: true category, columns: predicted, by number):");
        assertThat(out.lines().filter(l -> l.matches("\\s*\\d+ FOOD_AND_DRINK\\s.*"))).singleElement()
                .satisfies(row -> assertThat(row.trim().split("\\s+")).contains("2"));
    }
}
