package dev.banksync.stream;

import dev.banksync.core.db.DbSettings;
import dev.banksync.testkit.postgres.TestDatabase;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The job's least-privilege database login for a test. testkit's embedded URL carries {@code ?user=postgres}, and
 * pgjdbc lets a URL parameter win over the {@code user} property that the JDBC sink passes through
 * DriverManager: without removing it the job would quietly write as the superuser.
 */
final class StreamWriterLogin {

    private StreamWriterLogin() {
    }

    static DbSettings of(TestDatabase db) {
        DbSettings login = db.loginAs("banksync_stream_writer");
        String[] urlAndQuery = login.url().split("\\?", 2);
        String query = urlAndQuery.length < 2 ? "" : Arrays.stream(urlAndQuery[1].split("&"))
                .filter(param -> !param.startsWith("user=") && !param.startsWith("password="))
                .collect(Collectors.joining("&"));
        return new DbSettings(query.isEmpty() ? urlAndQuery[0] : urlAndQuery[0] + "?" + query,
                login.user(), login.password());
    }
}
