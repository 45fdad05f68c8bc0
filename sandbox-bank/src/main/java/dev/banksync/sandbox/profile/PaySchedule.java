package dev.banksync.sandbox.profile;

import dev.banksync.sandbox.catalog.Merchant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When and how much a user is paid. Paydays that fall on a weekend move to the Friday before, as payroll does.
 *
 * @param anchor a Friday on which a biweekly salary is paid (unused by the other frequencies)
 */
public record PaySchedule(Frequency frequency, LocalDate anchor, long netPayMinor, Merchant employer) {

    public enum Frequency { MONTHLY, BIWEEKLY, SEMI_MONTHLY, MONTHLY_FIRST }

    public boolean isPayday(LocalDate date) {
        return switch (frequency) {
            case BIWEEKLY -> Math.floorMod(ChronoUnit.DAYS.between(anchor, date), 14) == 0;
            case MONTHLY -> date.equals(BusinessDays.onOrBefore(date.withDayOfMonth(date.lengthOfMonth())));
            case SEMI_MONTHLY -> date.equals(BusinessDays.onOrBefore(date.withDayOfMonth(15)))
                    || date.equals(BusinessDays.onOrBefore(date.withDayOfMonth(date.lengthOfMonth())));
            case MONTHLY_FIRST -> date.equals(BusinessDays.onOrAfter(date.withDayOfMonth(1)));
        };
    }
}
