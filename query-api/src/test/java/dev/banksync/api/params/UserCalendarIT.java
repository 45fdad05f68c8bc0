package dev.banksync.api.params;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API reader's view of the users' time zones, and the dates it makes of them. */
@ExtendWith(BanksyncPostgres.class)
class UserCalendarIT {

    // 12:00 UTC on 30 April: already 1 May at UTC+14, still 30 April at UTC-10.
    private static final Clock NOON_UTC = Clock.fixed(Instant.parse("2026-04-30T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void thisMonthIsTheUsersMonthAndUtcForAnyoneTheLedgerCannotPlace(TestDatabase db) {
        db.execute("""
                INSERT INTO ledger.users (user_id, time_zone) VALUES
                  ('kiritimati', 'Pacific/Kiritimati'), ('honolulu', 'Pacific/Honolulu'), ('typo', 'Europe/Berln')""");
        UserCalendar calendar = new UserCalendar(SimpleDataSources.of(db.loginAs("banksync_api_reader")), NOON_UTC);

        assertThat(calendar.thisMonth("kiritimati")).isEqualTo(YearMonth.of(2026, 5));
        assertThat(calendar.today("kiritimati")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(calendar.today("honolulu")).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(calendar.thisMonth("typo")).isEqualTo(YearMonth.of(2026, 4));
        assertThat(calendar.zone("nobody")).isEqualTo(ZoneOffset.UTC);
    }
}
