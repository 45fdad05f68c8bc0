package dev.banksync.batch.sync;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class BankSyncParametersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Test
    void aSlotNeedsABusinessDateAndALabelAndMayCarryWhatItsLauncherAdds() {
        assertThatCode(() -> BankSyncParameters.validator().validate(BankSyncParameters.of(DAY, "06:00", null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> BankSyncParameters.validator().validate(new JobParametersBuilder(
                BankSyncParameters.of(DAY, "06:00", 7L)).addString("firedBy", "node-1", false).toJobParameters()))
                .doesNotThrowAnyException();
    }

    @Test
    void missingOrMistypedParametersAreRefusedByName() {
        assertThatThrownBy(() -> BankSyncParameters.validator().validate(new JobParametersBuilder()
                .addString(BankSyncParameters.SLOT, "06:00").toJobParameters()))
                .isInstanceOf(InvalidJobParametersException.class).hasMessageContaining("businessDate");
        assertThatThrownBy(() -> BankSyncParameters.validator().validate(new JobParametersBuilder()
                .addLocalDate(BankSyncParameters.BUSINESS_DATE, DAY).toJobParameters()))
                .isInstanceOf(InvalidJobParametersException.class).hasMessageContaining("slot");
        assertThatThrownBy(() -> BankSyncParameters.validator().validate(new JobParametersBuilder()
                .addString(BankSyncParameters.BUSINESS_DATE, "2026-01-05").addString(BankSyncParameters.SLOT, "x")
                .toJobParameters())).isInstanceOf(InvalidJobParametersException.class);
        assertThatThrownBy(() -> BankSyncParameters.validator().validate(new JobParametersBuilder(
                BankSyncParameters.of(DAY, "06:00", null)).addString(BankSyncParameters.CONNECTION_ID, "seven")
                .toJobParameters())).isInstanceOf(InvalidJobParametersException.class);
    }
}
