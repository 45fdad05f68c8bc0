package dev.banksync.ml.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusCsvTest {

    @Test
    void writesAndReadsRowsExactly(@TempDir Path dir) {
        List<LabelledTransaction> rows = List.of(
                new LabelledTransaction("CARD PAYMENT TO TESCO, \"EXTRA\"", -1250, "GBP", "5411", "GB",
                        "FOOD_AND_DRINK", "FOOD_AND_DRINK_GROCERIES", "test"),
                new LabelledTransaction("UPI/CR/1234/RAHUL", 150_000, "INR", null, null, "TRANSFER_IN", null, null),
                new LabelledTransaction("GEBUEHR", -1, "JPY", null, null, "BANK_FEES", null, null));

        CorpusCsv.write(dir.resolve("c.csv"), rows);
        CorpusCsv.write(dir.resolve("c.csv.gz"), rows);

        assertThat(CorpusCsv.read(dir.resolve("c.csv"))).isEqualTo(rows);
        assertThat(CorpusCsv.read(dir.resolve("c.csv.gz"))).isEqualTo(rows);
        assertThat(dir.resolve("c.csv.gz")).isNotEmptyFile().binaryContent().startsWith((byte) 0x1f, (byte) 0x8b);
    }

    @Test
    void badRowsNameTheLineAndField() {
        String header = "description,amount,currency,mcc,country,category,detailed,style\n";

        assertThatThrownBy(() -> CorpusCsv.read(new StringReader(header + "A,-1.00,USD,,,FOOD_AND_DRINK,,\n"
                + "B,-1.005,USD,,,FOOD_AND_DRINK,,\n"), "x.csv"))
                .hasMessageContaining("x.csv line 3").hasMessageContaining("amount");
        assertThatThrownBy(() -> CorpusCsv.read(new StringReader(header + "A,-1.00,USD,,,SHOPPING,,\n"), "y.csv"))
                .hasMessageContaining("y.csv line 2").hasMessageContaining("category");
        assertThatThrownBy(() -> CorpusCsv.read(new StringReader("description,amount\nA,1\n"), "z.csv"))
                .hasMessageContaining("z.csv").hasMessageContaining("missing column currency");
    }
}
