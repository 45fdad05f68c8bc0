package dev.banksync.ml.features;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MccGroupsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            5812, RESTAURANT
            5814, FAST_FOOD
            3058, AIRLINE
            4511, AIRLINE
            7011, LODGING
            5912, PHARMACY
            8021, MEDICAL
            6011, ATM
            9311, TAX
            5411, GROCERY
            1234, RANGE_12
            abcd, null
            581, null
            null, null
            """)
    void groupsCodesIntoFamilies(String mcc, String group) {
        assertThat(MccGroups.groupOf(mcc)).isEqualTo(group);
    }
}
