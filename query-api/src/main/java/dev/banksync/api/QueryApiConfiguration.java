package dev.banksync.api;

import dev.banksync.api.alerts.AlertQueries;
import dev.banksync.api.anomalies.AnomalyQueries;
import dev.banksync.api.budgets.BudgetQueries;
import dev.banksync.api.categories.CategoryQueries;
import dev.banksync.api.forecasts.ForecastQueries;
import dev.banksync.api.recurring.RecurringQueries;
import dev.banksync.api.spending.SpendingQueries;
import dev.banksync.api.params.UserCalendar;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The read-only API's beans. The DataSource it is given should connect as a member of {@code banksync_api_reader}:
 * the API then cannot read anything but the {@code insights.v_*} views, whatever a bug in it might try.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class QueryApiConfiguration {

    @Bean
    SpendingQueries spendingQueries(DataSource dataSource) {
        return new SpendingQueries(dataSource);
    }

    @Bean
    CategoryQueries categoryQueries(DataSource dataSource) {
        return new CategoryQueries(dataSource);
    }

    @Bean
    AnomalyQueries anomalyQueries(DataSource dataSource) {
        return new AnomalyQueries(dataSource);
    }

    @Bean
    AlertQueries alertQueries(DataSource dataSource) {
        return new AlertQueries(dataSource);
    }

    @Bean
    BudgetQueries budgetQueries(DataSource dataSource) {
        return new BudgetQueries(dataSource);
    }

    @Bean
    RecurringQueries recurringQueries(DataSource dataSource) {
        return new RecurringQueries(dataSource);
    }

    @Bean
    ForecastQueries forecastQueries(DataSource dataSource) {
        return new ForecastQueries(dataSource);
    }

    @Bean
    UserCalendar userCalendar(DataSource dataSource) {
        return new UserCalendar(dataSource, Clock.systemUTC());
    }
}
