package dev.banksync.batch.importer.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSelectorTest {

    @Test
    void aFileOfOneAccountNeedsNoChoice() {
        AccountSelector only = AccountSelector.singleAccount();

        only.check("f.sta", List.of("NL20INGB0001234567", "NL20INGB0001234567"));

        assertThat(only.includes("anything")).isTrue();
        assertThat(only.includes(null)).isTrue();
    }

    @Test
    void aFileOfSeveralAccountsIsRefusedWithoutAChoiceListingThem() {
        assertThatThrownBy(() -> AccountSelector.singleAccount().check("multi.ofx", List.of("9100", "9200", "9100")))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("multi.ofx holds statements of 2 accounts [9100, 9200]")
                .hasMessageContaining("account=<identifier>");
    }

    @Test
    void aChosenAccountMatchesIgnoringSpacingAndCaseAndByItsAccountPart() {
        assertThat(AccountSelector.of("nl20 ingb 0001 2345 67").includes("NL20INGB0001234567")).isTrue();
        assertThat(AccountSelector.of("1234567890").includes("12030000/1234567890")).isTrue();
        assertThat(AccountSelector.of("129199348").includes("1291.99.348EUR")).isTrue();
        assertThat(AccountSelector.of("111-222").includes("111 222")).isTrue();
        assertThat(AccountSelector.of("9100").includes("9200")).isFalse();
        assertThat(AccountSelector.of("9100").includes(null)).isFalse();
        assertThat(AccountSelector.of("EUR").includes("1291.99.348EUR")).isFalse();
    }

    @Test
    void aChoiceTheFileCannotMeetIsRefusedListingWhatItHolds() {
        assertThatThrownBy(() -> AccountSelector.of("7777").check("a.xml", Arrays.asList("9100", null)))
                .isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("a.xml has no statement of account '7777'")
                .hasMessageContaining("[9100, (none named)]");
    }

    @Test
    void optionsParseTheProfileOfTheStructuredFormats() {
        assertThat(StatementOptions.parse(null)).isEqualTo(StatementOptions.DEFAULT);
        assertThat(StatementOptions.parse("generic")).isEqualTo(StatementOptions.DEFAULT);

        StatementOptions options = StatementOptions.parse(" account = NL91ABNA0417164300 ; charset=ISO-8859-15 ");

        assertThat(options.account()).isEqualTo(AccountSelector.of("NL91ABNA0417164300"));
        assertThat(options.charset()).isEqualTo(java.nio.charset.Charset.forName("ISO-8859-15"));
        assertThat(StatementOptions.parse("charset=utf-8").charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StatementOptions.parse("acount=1")).hasMessageContaining("unknown statement"
                + " profile setting 'acount'");
        assertThatThrownBy(() -> StatementOptions.parse("charset=KLINGON")).hasMessageContaining("KLINGON");
        assertThatThrownBy(() -> StatementOptions.parse("account=")).hasMessageContaining("identifier is needed");
    }
}
