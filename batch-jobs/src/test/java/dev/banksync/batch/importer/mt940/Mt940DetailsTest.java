package dev.banksync.batch.importer.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code :86:} information to the account owner. */
class Mt940DetailsTest {

    @Test
    void germanSubfieldsGiveNameRemittanceAndEndToEndReference() {
        Mt940Details d = Mt940Details.parse(List.of(
                "177?00SEPA-UEBERWEISUNG?109310?20EREF+INV-2024-77?21KREF+K1?22SVWZ+Rechnung 77 vom 01.0",
                "3.2024?30COBADEFFXXX?31DE89370400440532013000?32Muster Handel GmbH?34997"));

        assertThat(d.description()).isEqualTo("Muster Handel GmbH Rechnung 77 vom 01.03.2024");
        assertThat(d.reference()).isEqualTo("INV-2024-77");
    }

    @Test
    void germanPurposeWithoutSepaKeywordsIsTakenWholeAndThePostingTextIsTheLastResort() {
        assertThat(Mt940Details.parse(List.of("835?00ENTGELT?20Kontoführung?21 Februar")).description())
                .isEqualTo("Kontoführung Februar");
        assertThat(Mt940Details.parse(List.of("835?00ABSCHLUSS?20EREF+NOTPROVIDED")).description())
                .isEqualTo("ABSCHLUSS");
        assertThat(Mt940Details.parse(List.of("835?00ABSCHLUSS?20EREF+NOTPROVIDED")).reference()).isNull();
    }

    @Test
    void dutchKeysGiveCounterpartyAndRemittance() {
        Mt940Details ing = Mt940Details.parse(List.of("/EREF/E2E1//CNTP/NL08INGB0000001234/INGBNL2A/Energie B.V./AMS",
                "TERDAM//REMI/USTD//Termijn maart/"));
        Mt940Details abn = Mt940Details.parse(List.of("/TRTP/SEPA OVERBOEKING/IBAN/NL46ABNA0499998748/BIC/ABNANL2A",
                "/NAME/Bakker/REMI/Brood/EREF/NOTPROVIDED"));
        Mt940Details typeOnly = Mt940Details.parse(List.of("/TRTP/RENTE/"));

        assertThat(ing.description()).isEqualTo("Energie B.V. Termijn maart");
        assertThat(ing.reference()).isEqualTo("E2E1");
        assertThat(abn.description()).isEqualTo("Bakker Brood");
        assertThat(abn.reference()).isNull();
        assertThat(typeOnly.description()).isEqualTo("RENTE");
    }

    @Test
    void freeTextLinesJoinWithASpaceAndLoseTheirPadding() {
        assertThat(Mt940Details.parse(List.of("GIRO   428428 KPN   ", "BETREFT FACTUUR")).description())
                .isEqualTo("GIRO 428428 KPN BETREFT FACTUUR");
        assertThat(Mt940Details.parse(List.of()).description()).isEmpty();
    }
}
