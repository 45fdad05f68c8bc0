package dev.banksync.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.anomaly.AmountHistory;
import dev.banksync.stream.anomaly.MerchantPayments;
import dev.banksync.stream.anomaly.SeenCharge;
import dev.banksync.stream.anomaly.UserActivity;
import dev.banksync.stream.budget.BudgetPeriod;
import dev.banksync.stream.budget.BudgetStatusRow;
import dev.banksync.stream.forecast.ForecastRow;
import dev.banksync.stream.recurring.RecurringStreamRow;
import dev.banksync.stream.recurring.StreamHistory;
import dev.banksync.stream.recurring.TrackedOccurrence;
import dev.banksync.stream.reference.ReferenceData;
import dev.banksync.stream.spending.SpendingChange;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.categorise.RememberedCategory;
import dev.banksync.stream.spending.Bucket;
import dev.banksync.stream.spending.BucketTotals;
import dev.banksync.stream.spending.SpendingRow;
import dev.banksync.stream.spending.TrackedTransaction;
import dev.banksync.stream.state.StreamTypes;
import dev.banksync.stream.validate.DeadLetter;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every type that flows between operators or lives in state is a Flink POJO: no Kryo, no --add-opens. */
class StateTypesTest {

    @ParameterizedTest
    @ValueSource(classes = {TransactionEvent.class, CategorisedTransaction.class, DeadLetter.class,
            SpendingRow.class, TrackedTransaction.class, Bucket.class, BucketTotals.class, SpendingChange.class,
            ReferenceData.class, AlertEvent.class, SeenCharge.class, AmountHistory.class, UserActivity.class,
            MerchantPayments.class,
            TrackedOccurrence.class, StreamHistory.class, RecurringStreamRow.class, BudgetPeriod.class,
            BudgetStatusRow.class, ForecastRow.class, RememberedCategory.class})
    void isAPojoWhoseSerializerNeedsNoGenericTypes(Class<?> type) {
        TypeInformation<?> info = StreamTypes.of(type);
        SerializerConfigImpl noGenerics = new SerializerConfigImpl();
        noGenerics.setGenericTypes(false);

        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        assertThat(info.createSerializer(noGenerics)).isNotNull();
    }
}
