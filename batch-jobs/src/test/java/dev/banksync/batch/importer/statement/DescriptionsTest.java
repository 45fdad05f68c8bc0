package dev.banksync.batch.importer.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptionsTest {

    @Test
    void aPartContainedInAnotherIsDroppedWhicheverComesFirst() {
        assertThat(Descriptions.combine("DIVIDEND EARNED FOR", "Dividend earned for period 03"))
                .isEqualTo("Dividend earned for period 03");
        assertThat(Descriptions.combine("KPN - MOBIEL", "KPN", "kpn - mobiel")).isEqualTo("KPN - MOBIEL");
    }

    @Test
    void blankPartsAreDroppedAndWhiteSpaceCollapses() {
        assertThat(Descriptions.combine(null, " ", "Acme  GmbH\n", "Gehalt\tMärz\u00A0")).isEqualTo("Acme GmbH Gehalt März");
        assertThat(Descriptions.combine()).isEmpty();
    }
}
