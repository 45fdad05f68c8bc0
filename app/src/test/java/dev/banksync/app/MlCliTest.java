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
}
