package dev.banksync.batch.importer.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.batch.importer.statement.FieldFault;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code :61:} statement line in the shapes banks write it. */
class Mt940EntryTest {

    @Test
    void theStandardShapeWithEntryDateBankReferenceAndSupplementaryDetails() {
        Mt940Entry e = Mt940Entry.parse(List.of("2401190119CN0,01NTRFNONREF//MB170119012058", "911-TRANSAKCJA IPH"));

        assertThat(e.valueDate()).isEqualTo(LocalDate.of(2024, 1, 19));
        assertThat(e.bookingDate()).isEqualTo(LocalDate.of(2024, 1, 19));
        assertThat(e.mark()).isEqualTo("C");
        assertThat(e.amount()).isEqualByComparingTo("0.01");
        assertThat(e.typeCode()).isEqualTo("NTRF");
        assertThat(e.customerReference()).isEqualTo("NONREF");
        assertThat(e.bankReference()).isEqualTo("MB170119012058");
        assertThat(e.supplementary()).isEqualTo("911-TRANSAKCJA IPH");
    }

    @Test
    void withoutEntryDateTheBookingDateIsTheValueDate() {
        Mt940Entry e = Mt940Entry.parse(List.of("100722D25,03NTRFNONREF"));

        assertThat(e.entryDate()).isNull();
        assertThat(e.bookingDate()).isEqualTo(LocalDate.of(2010, 7, 22));
        assertThat(e.amount()).isEqualByComparingTo("-25.03");
    }

    @Test
    void theEntryDateTakesTheYearNearestTheValueDate() {
        assertThat(Mt940Entry.parse(List.of("2312310102D1,00NMSCNONREF")).entryDate()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(Mt940Entry.parse(List.of("2401021231D1,00NMSCNONREF")).entryDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(Mt940Entry.parse(List.of("9912310103D1,00NMSCNONREF")).entryDate()).isEqualTo(LocalDate.of(2000, 1, 3));
    }

    @Test
    void reversalsCarryTheSignOfTheirEffect() {
        assertThat(Mt940Entry.parse(List.of("240306RD35,50NRTINONREF")).amount()).isEqualByComparingTo("35.50");
        assertThat(Mt940Entry.parse(List.of("240306RC35,50NRTINONREF")).amount()).isEqualByComparingTo("-35.50");
        assertThat(Mt940Entry.parse(List.of("240306RCR35,50NRTINONREF")).amount()).isEqualByComparingTo("-35.50");
    }

    @Test
    void theFundsCodeMayFollowTheMarkAndTheAmountTheNextLine() {
        Mt940Entry e = Mt940Entry.parse(List.of("1811261126CR", "30,00N062NONREF"));

        assertThat(e.mark()).isEqualTo("C");
        assertThat(e.amount()).isEqualByComparingTo("30.00");
        assertThat(e.typeCode()).isEqualTo("N062");
    }

    @Test
    void commaAmountsWithAndWithoutDecimalsAndLeadingZeros() {
        assertThat(Mt940Entry.amount("380115,")).isEqualByComparingTo("380115");
        assertThat(Mt940Entry.amount("380115,1")).isEqualByComparingTo("380115.1");
        assertThat(Mt940Entry.amount("000000001213,28")).isEqualByComparingTo(new BigDecimal("1213.28"));
        assertThatThrownBy(() -> Mt940Entry.amount("1.213,28")).isInstanceOf(FieldFault.class);
        assertThatThrownBy(() -> Mt940Entry.amount("12")).isInstanceOf(FieldFault.class);
    }

    @Test
    void aLongCustomerReferenceLeavesItsRestAsSupplementaryDetailsOnTheSameLine() {
        Mt940Entry e = Mt940Entry.parse(List.of("110527D000000001213,28N0440121470966      W.P. Jansen     "));

        assertThat(e.customerReference()).isEqualTo("0121470966");
        assertThat(e.supplementary()).isEqualTo("W.P. Jansen");
    }

    @Test
    void faultsNameThePartOfTheField() {
        assertThatThrownBy(() -> Mt940Entry.parse(List.of("241332D1,00NTRF")))
                .isInstanceOf(FieldFault.class).extracting(e -> ((FieldFault) e).field()).isEqualTo(":61: value date");
        assertThatThrownBy(() -> Mt940Entry.parse(List.of("2401011340D1,00NTRF")))
                .isInstanceOf(FieldFault.class).extracting(e -> ((FieldFault) e).field()).isEqualTo(":61: entry date");
        assertThatThrownBy(() -> Mt940Entry.parse(List.of("240101DNTRF")))
                .isInstanceOf(FieldFault.class).extracting(e -> ((FieldFault) e).field()).isEqualTo(":61: amount");
    }
}
