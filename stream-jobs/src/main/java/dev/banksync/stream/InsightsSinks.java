package dev.banksync.stream;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.stream.budget.BudgetStatusRow;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.forecast.ForecastRow;
import dev.banksync.stream.recurring.RecurringStreamRow;
import dev.banksync.stream.spending.SpendingRow;
import dev.banksync.stream.validate.DeadLetter;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Where each of the {@link InsightsJob}'s outputs goes. The deployed job writes PostgreSQL and Kafka
 * ({@link InsightsJobMain#createJob}); a test plugs in collecting sinks and discards what it does not look at.
 */
public record InsightsSinks(
        Sink<SpendingRow> spending,
        Sink<CategorisedTransaction> categories,
        Sink<AlertEvent> alertsTopic,
        Sink<AlertEvent> alertsTable,
        Sink<AlertEvent> anomaliesTable,
        Sink<BudgetStatusRow> budgetStatus,
        Sink<RecurringStreamRow> recurringStreams,
        Sink<ForecastRow> forecasts,
        Sink<DeadLetter> deadLetters) {

    public InsightsSinks {
        Objects.requireNonNull(spending, "spending");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(alertsTopic, "alertsTopic");
        Objects.requireNonNull(alertsTable, "alertsTable");
        Objects.requireNonNull(anomaliesTable, "anomaliesTable");
        Objects.requireNonNull(budgetStatus, "budgetStatus");
        Objects.requireNonNull(recurringStreams, "recurringStreams");
        Objects.requireNonNull(forecasts, "forecasts");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }

    /** Every output discarded: the starting point for tests and benchmarks that replace a few. */
    public static InsightsSinks discardingAll() {
        return new InsightsSinks(new DiscardingSink<>(), new DiscardingSink<>(), new DiscardingSink<>(),
                new DiscardingSink<>(), new DiscardingSink<>(), new DiscardingSink<>(), new DiscardingSink<>(),
                new DiscardingSink<>(), new DiscardingSink<>());
    }

    public InsightsSinks withSpending(Sink<SpendingRow> sink) {
        return new InsightsSinks(sink, categories, alertsTopic, alertsTable, anomaliesTable, budgetStatus,
                recurringStreams, forecasts, deadLetters);
    }

    public InsightsSinks withAlertsTopic(Sink<AlertEvent> sink) {
        return new InsightsSinks(spending, categories, sink, alertsTable, anomaliesTable, budgetStatus,
                recurringStreams, forecasts, deadLetters);
    }
}
