package dev.banksync.benchmarks.stream;

import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.event.TransactionEvent.EventType;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded card and bank transactions for the stream benchmark: many users, each paying a few dozen merchants (with
 * their MCCs) amounts around the merchant's typical basket over the last 90 days, plus a monthly subscription and a
 * salary, and — at {@code duplicateShare} — the same charge sent twice a moment apart (a duplicate-charge alert).
 */
final class BenchmarkEvents {

    /** One event as it goes on the topic: key, value, and the transaction an alert would name. */
    record Event(String userId, String transactionId, byte[] json, boolean duplicate) {
    }

    private static final String[][] MERCHANTS = {
            {"TESCO STORES 3271", "5411", "4500"}, {"SQ *BLUE BOTTLE #12", "5814", "550"},
            {"SHELL OIL 5521", "5541", "6000"}, {"AMZN Mktp US*2K4", "5942", "2500"},
            {"UBER *TRIP", "4121", "1800"}, {"PRET A MANGER", "5814", "900"}, {"BOOTS 1123", "5912", "1200"},
            {"WAGAMAMA", "5812", "2600"}, {"SAINSBURYS", "5411", "3800"}, {"TFL TRAVEL CH", "4111", "700"},
            {"IKEA LTD", "5712", "9000"}, {"APPLE.COM/BILL", "5818", "299"}, {"ODEON CINEMAS", "7832", "1400"},
            {"H&M 0421", "5651", "3500"}, {"PUREGYM LTD", "7997", "2999"}, {"CAFE NERO", "5814", "480"}};

    private final SplittableRandom random;
    private final int users;
    private final double duplicateShare;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private long sequence;

    BenchmarkEvents(long seed, int users, double duplicateShare) {
        this.random = new SplittableRandom(seed);
        this.users = users;
        this.duplicateShare = duplicateShare;
    }

    /** The next one or two events (two when a duplicate charge is planted). */
    List<Event> next() {
        String userId = "bu" + random.nextInt(users);
        String[] merchant = MERCHANTS[random.nextInt(MERCHANTS.length)];
        long typical = Long.parseLong(merchant[2]);
        long amount = -Math.max(50, typical / 2 + random.nextLong(typical));
        LocalDate day = today.minusDays(random.nextInt(90));
        List<Event> events = new ArrayList<>(2);
        events.add(event(userId, day, amount, merchant, false));
        if (random.nextDouble() < duplicateShare) {
            events.add(event(userId, day, amount, merchant, true));
        }
        return events;
    }

    private Event event(String userId, LocalDate day, long amount, String[] merchant, boolean duplicate) {
        String transactionId = "bt" + (sequence++);
        TransactionEvent event = new TransactionEvent(transactionId + "-v1", EventType.UPSERT, transactionId, 1, userId,
                "acc-" + userId, "benchmark", TransactionStatus.POSTED, day, day, amount, "EUR", "CARD PAYMENT",
                merchant[0], merchant[1], null, Instant.now());
        return new Event(userId, transactionId, EventJson.write(event), duplicate);
    }
}
