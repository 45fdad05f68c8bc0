package dev.banksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code banksync users set} on a real PostgreSQL: creates, updates one field at a time, refuses what is not real. */
@ExtendWith(BanksyncPostgres.class)
class UsersCliIT {

    @AfterEach
    void forgetPassword() {
        System.clearProperty("banksync.db.password");
    }

    @Test
    void setsAUsersZoneAndCurrencyAndRefusesUnknownOnesNamingTheField(TestDatabase db) throws Exception {
        System.setProperty("banksync.db.password", db.settings().password());
        String url = db.settings().url();
        String user = db.settings().user();

        JsonNode created = CliRun.expecting(0, "users", "set", "--user", "priya", "--time-zone", "Asia/Kolkata",
                "--json", "--db-url", url, "--db-user", user).json();
        assertThat(created.get("timeZone").asText()).isEqualTo("Asia/Kolkata");
        assertThat(created.get("homeCurrency").asText()).as("the default for a new user").isEqualTo("USD");

        CliRun.expecting(0, "users", "set", "--user", "priya", "--home-currency", "inr", "--db-url", url,
                "--db-user", user);
        assertThat(db.queryLong("SELECT count(*) FROM ledger.users WHERE user_id = 'priya' "
                + "AND time_zone = 'Asia/Kolkata' AND home_currency = 'INR'")).as("the zone kept").isEqualTo(1);

        CliRun badZone = CliRun.expecting(1, "users", "set", "--user", "priya", "--time-zone", "India/Mumbai",
                "--db-url", url, "--db-user", user);
        assertThat(badZone.err()).contains("time zone: 'India/Mumbai' is not an IANA time zone id");
        CliRun badCurrency = CliRun.expecting(1, "users", "set", "--user", "priya", "--home-currency", "RUPEE",
                "--db-url", url, "--db-user", user);
        assertThat(badCurrency.err()).contains("'RUPEE'");
        assertThat(db.queryLong("SELECT count(*) FROM ledger.users WHERE time_zone = 'Asia/Kolkata' "
                + "AND home_currency = 'INR'")).as("nothing changed").isEqualTo(1);
        CliRun.expecting(2, "users", "set", "--time-zone", "UTC");
    }
}
