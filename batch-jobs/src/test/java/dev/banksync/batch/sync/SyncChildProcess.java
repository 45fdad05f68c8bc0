package dev.banksync.batch.sync;

import dev.banksync.batch.BatchTestContext;
import dev.banksync.core.db.DbSettings;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A sync in a process of its own, for the crash test to kill: {@code <db url> <writer user> <writer password>
 * <owner user> <owner password or ""> <business date> <slot> [spring property=value ...]}. Exits 0 when the
 * slot completed.
 */
public final class SyncChildProcess {

    private SyncChildProcess() {
    }

    public static void main(String[] args) {
        DbSettings writer = new DbSettings(args[0], args[1], args[2]);
        DbSettings owner = new DbSettings(args[0], args[3], args[4].isEmpty() ? null : args[4]);
        String[] properties = Arrays.copyOfRange(args, 7, args.length);
        int exit;
        try (ConfigurableApplicationContext context = BatchTestContext.start(writer, owner, properties)) {
            BankSyncResult result = context.getBean(BankSyncService.class)
                    .syncAll(LocalDate.parse(args[5]), args[6]);
            System.out.println("child sync finished: " + result.outcome());
            exit = result.succeeded() ? 0 : 1;
        }
        System.exit(exit);
    }
}
