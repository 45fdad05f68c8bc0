package dev.banksync.batch.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvProfilesTest {

    @Test
    void readsEveryKeyOfTheProfileFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mybank.properties");
        Files.writeString(file, """
                delimiter=tab
                charset=ISO-8859-1
                date.column=Buchungstag
                date.pattern=dd.MM.uuuu
                value-date.column=Valuta
                debit.column=Soll
                credit.column=Haben
                description.columns=Empfänger | Verwendungszweck
                currency.column=Währung
                currency=EUR
                reference.column=Referenz
                decimal.separator=,
                """, StandardCharsets.UTF_8);

        CsvProfile p = CsvProfiles.resolve(file.toString());

        assertThat(p.name()).isEqualTo("mybank");
        assertThat(p.delimiter()).isEqualTo('\t');
        assertThat(p.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(List.of(p.dateColumn(), p.datePattern(), p.valueDateColumn(), p.debitColumn(), p.creditColumn(),
                p.currencyColumn(), p.currency(), p.referenceColumn()))
                .containsExactly("Buchungstag", "dd.MM.uuuu", "Valuta", "Soll", "Haben", "Währung", "EUR", "Referenz");
        assertThat(p.descriptionColumns()).containsExactly("Empfänger", "Verwendungszweck");
        assertThat(p.decimalSeparator()).isEqualTo(',');
        assertThat(p.amountColumn()).isNull();
    }

    @Test
    void genericIsTheDefaultAndEverythingElseMustBeAFile() {
        assertThat(CsvProfiles.resolve(null)).isSameAs(CsvProfile.GENERIC);
        assertThat(CsvProfiles.resolve("Generic")).isSameAs(CsvProfile.GENERIC);
        assertThatThrownBy(() -> CsvProfiles.resolve("no-such-bank"))
                .hasMessageContaining("unknown CSV profile 'no-such-bank'");
    }

    @Test
    void refusesTyposAndContradictions() {
        assertThatThrownBy(() -> CsvProfiles.parse("x", "date.colum=Date"))
                .hasMessageContaining("unknown keys [date.colum]");
        assertThatThrownBy(() -> CsvProfiles.parse("x", "amount.column=A\ndebit.column=D\ncredit.column=C"))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> CsvProfiles.parse("x", "debit.column=D"))
                .hasMessageContaining("go together");
        assertThatThrownBy(() -> CsvProfiles.parse("x", "decimal.separator=;"))
                .hasMessageContaining("decimal.separator must be");
        assertThatThrownBy(() -> CsvProfiles.parse("x", "delimiter=;;"))
                .hasMessageContaining("must be one character");
    }

    @Test
    void aRealTabWorksAsDelimiterToo() {
        assertThat(CsvProfiles.parse("x", "delimiter=\\t").delimiter()).isEqualTo('\t');
        assertThat(CsvProfiles.parse("x", "delimiter=;").delimiter()).isEqualTo(';');
    }
}
