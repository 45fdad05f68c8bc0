package dev.banksync.stream.forecast;

import static dev.banksync.stream.state.KeyedState.read;
import static dev.banksync.stream.state.KeyedState.write;

import dev.banksync.stream.recurring.RecurringStatus;
import dev.banksync.stream.recurring.RecurringStreamRow;
import dev.banksync.stream.spending.Bucket;
import dev.banksync.stream.spending.SpendingChange;
import dev.banksync.stream.spending.SpendingRow;
import dev.banksync.stream.state.StateDescriptors;
import dev.banksync.stream.state.StateTtl;
import dev.banksync.stream.state.StreamTypes;
import dev.banksync.stream.state.UserTimeZone;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keeps, per user, the money out of the current and three previous months per category and currency (from the
 * spending feature) and the live recurring outflows (from the recurring feature), and asks the
 * {@link MonthEndForecaster} for the current month whenever either changes. "Today" is the processing-time date in
 * the user's time zone ({@link UserTimeZone}: a user in Kolkata starts a month five and a half hours before UTC
 * does); a processing-time timer at each of the user's midnights re-projects every category (the pace changes with
 * the date, and a new month starts) and drops months that no longer count as history.
 */
public class ForecastFunction extends KeyedCoProcessFunction<String, SpendingChange, RecurringStreamRow, ForecastRow> {

    static final int HISTORY_MONTHS = 3;

    private final Duration stateTtl;

    private transient MonthEndForecaster forecaster;
    private transient MapState<Bucket, Long> monthSpent;
    private transient MapState<String, RecurringStreamRow> streams;
    private transient UserTimeZone zones;

    public ForecastFunction(Duration stateTtl) {
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
    }

    @Override
    public void open(OpenContext openContext) {
        forecaster = new MonthEndForecaster();
        MapStateDescriptor<Bucket, Long> spent =
                new MapStateDescriptor<>("forecastMonthSpent", StreamTypes.of(Bucket.class), Types.LONG);
        spent.enableTimeToLive(StateTtl.of(stateTtl));
        monthSpent = getRuntimeContext().getMapState(spent);
        streams = getRuntimeContext().getMapState(
                StateDescriptors.map("forecastStreams", RecurringStreamRow.class, stateTtl));
        zones = UserTimeZone.in(getRuntimeContext(), stateTtl);
    }

    @Override
    public void processElement1(SpendingChange change, Context ctx, Collector<ForecastRow> out) {
        SpendingRow row = change.row();
        Bucket bucket = new Bucket(row.month(), row.category(), row.currency());
        if (row.spentMinor() == 0) {
            write(() -> monthSpent.remove(bucket));
        } else {
            write(() -> monthSpent.put(bucket, row.spentMinor()));
        }
        ZoneId zone = zones.update(change.userTimeZone());
        LocalDate today = UserTimeZone.today(ctx.timerService().currentProcessingTime(), zone);
        if (!row.month().isBefore(firstCountedMonth(today)) && !row.month().isAfter(today)) {
            // Even when the bucket just emptied (a removal), so that its forecast row drops to what is left.
            project(ctx.getCurrentKey(), row.category(), row.currency(), today, true, out);
        }
        wakeUpTomorrow(ctx.timerService(), today, zone);
    }

    @Override
    public void processElement2(RecurringStreamRow stream, Context ctx, Collector<ForecastRow> out) {
        if (!stream.isOutflow() || stream.category() == null) {
            return;
        }
        if (stream.active() && !RecurringStatus.STOPPED.name().equals(stream.status())) {
            write(() -> streams.put(stream.streamId(), stream));
        } else {
            write(() -> streams.remove(stream.streamId()));
        }
        ZoneId zone = zones.current();
        LocalDate today = UserTimeZone.today(ctx.timerService().currentProcessingTime(), zone);
        // Even with nothing left to project, the row must say so: a stopped stream no longer adds to the forecast.
        project(ctx.getCurrentKey(), stream.category(), stream.currency(), today, true, out);
        wakeUpTomorrow(ctx.timerService(), today, zone);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ForecastRow> out) {
        ZoneId zone = zones.current();
        LocalDate today = UserTimeZone.today(timestamp, zone);
        LocalDate oldest = firstCountedMonth(today);
        Set<Bucket> keys = new LinkedHashSet<>();
        read(() -> {
            for (Bucket bucket : monthSpent.keys()) {
                keys.add(bucket);
            }
            return null;
        });
        Set<String> categories = new LinkedHashSet<>();
        for (Bucket bucket : keys) {
            if (bucket.month().isBefore(oldest)) {
                write(() -> monthSpent.remove(bucket));
            } else {
                categories.add(bucket.category() + '|' + bucket.currency());
            }
        }
        read(() -> {
            for (RecurringStreamRow stream : streams.values()) {
                categories.add(stream.category() + '|' + stream.currency());
            }
            return null;
        });
        for (String category : categories) {
            String[] parts = category.split("\\|", 2);
            project(ctx.getCurrentKey(), parts[0], parts[1], today, false, out);
        }
        if (!categories.isEmpty()) {
            wakeUpTomorrow(ctx.timerService(), today, zone);
        }
    }

    private void project(String userId, String category, String currency, LocalDate today, boolean evenIfEmpty,
                         Collector<ForecastRow> out) {
        LocalDate month = today.withDayOfMonth(1);
        Long thisMonth = read(() -> monthSpent.get(new Bucket(month, category, currency)));
        List<Long> history = new ArrayList<>();
        for (int back = 1; back <= HISTORY_MONTHS; back++) {
            Bucket earlier = new Bucket(month.minusMonths(back), category, currency);
            Long spent = read(() -> monthSpent.get(earlier));
            if (spent != null) {
                history.add(spent);
            }
        }
        List<RecurringStreamRow> recurring = new ArrayList<>();
        read(() -> {
            for (Map.Entry<String, RecurringStreamRow> entry : streams.entries()) {
                RecurringStreamRow stream = entry.getValue();
                if (category.equals(stream.category()) && currency.equals(stream.currency())) {
                    recurring.add(stream);
                }
            }
            return null;
        });
        if (thisMonth == null && history.isEmpty() && recurring.isEmpty() && !evenIfEmpty) {
            return;
        }
        out.collect(forecaster.forecast(userId, category, currency, today, thisMonth == null ? 0 : thisMonth,
                history, recurring));
    }

    private static void wakeUpTomorrow(org.apache.flink.streaming.api.TimerService timers, LocalDate today,
                                       ZoneId zone) {
        timers.registerProcessingTimeTimer(UserTimeZone.startOf(today.plusDays(1), zone));
    }

    private static LocalDate firstCountedMonth(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(HISTORY_MONTHS);
    }
}
