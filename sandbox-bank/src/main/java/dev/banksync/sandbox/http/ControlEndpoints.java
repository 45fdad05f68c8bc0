package dev.banksync.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.sandbox.SimulatedBank;
import dev.banksync.sandbox.api.BankApiException;
import dev.banksync.sandbox.api.BankError;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.fault.ActiveFault;
import dev.banksync.sandbox.fault.FaultKind;
import dev.banksync.sandbox.fault.FaultRule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The sandbox's own endpoints under {@code /sandbox}: connections, clock, ground truth, faults. */
final class ControlEndpoints {

    record ConnectionJson(String connectionId, String userId, String accessToken, String institutionName,
                          String country, String homeCurrency) {
    }

    record ConnectionsJson(List<ConnectionJson> connections, int total, int offset) {
    }

    record ClockJson(int day, LocalDate date, LocalDate startDate, LocalDate historyStartDate) {
    }

    record FaultJson(long id, FaultKind kind, String connectionId, double rate, Integer count, Integer remaining,
                     long hits, long delayMs, int retryAfterSeconds, int status) {
    }

    record FaultsJson(List<FaultJson> faults) {
    }

    private final SimulatedBank bank;

    ControlEndpoints(SimulatedBank bank) {
        this.bank = bank;
    }

    Reply connections(HttpCall call) {
        List<Connection> all = bank.connections();
        int offset = Math.max(0, Fields.queryInt(call, "offset", 0));
        int limit = Math.max(0, Fields.queryInt(call, "limit", all.size()));
        List<ConnectionJson> page = all.stream().skip(offset).limit(limit)
                .map(c -> new ConnectionJson(c.connectionId(), c.userId(), c.accessToken(), c.institution(),
                        c.country(), c.homeCurrency()))
                .toList();
        return Reply.json(200, new ConnectionsJson(page, all.size(), offset));
    }

    Reply clock(HttpCall call) {
        return Reply.json(200, clockJson());
    }

    /** {@code POST /sandbox/advance {"days": n}} (or {@code ?days=n}); one day when neither is given. */
    Reply advance(HttpCall call) {
        Integer days = Fields.optionalInt(call.jsonObject(), "days");
        int n = days != null ? days : Fields.queryInt(call, "days", 1);
        bank.clock().advance(n);
        return Reply.json(200, clockJson());
    }

    Reply groundTruth(HttpCall call) {
        String id = call.query().get("connection_id");
        if (id == null || id.isEmpty()) {
            throw new BankApiException(BankError.MISSING_FIELDS, "query parameter connection_id is required");
        }
        return Reply.json(200, bank.groundTruth(id));
    }

    Reply faults(HttpCall call) {
        return Reply.json(200, new FaultsJson(bank.faults().list().stream().map(ControlEndpoints::faultJson).toList()));
    }

    /** {@code POST /sandbox/faults {kind, connection_id?, rate?, count?, delay_ms?, retry_after_seconds?, status?}}. */
    Reply addFault(HttpCall call) {
        JsonNode body = call.jsonObject();
        String kindName = Fields.requiredText(body, "kind");
        FaultKind kind;
        try {
            kind = FaultKind.valueOf(kindName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BankApiException(BankError.INVALID_FIELD, "unknown fault kind '" + kindName + "' (known: "
                    + List.of(FaultKind.values()) + ")");
        }
        FaultRule rule = FaultRule.of(kind);
        String connection = Fields.optionalText(body, "connection_id");
        if (connection != null) {
            rule = rule.forConnection(bank.connection(connection).connectionId());
        }
        Double rate = Fields.optionalNumber(body, "rate");
        Integer count = Fields.optionalInt(body, "count");
        Integer delayMs = Fields.optionalInt(body, "delay_ms");
        Integer retryAfter = Fields.optionalInt(body, "retry_after_seconds");
        Integer status = Fields.optionalInt(body, "status");
        try {
            rule = rate == null ? rule : rule.withRate(rate);
            rule = count == null ? rule : rule.times(count);
            rule = delayMs == null ? rule : rule.withDelay(Duration.ofMillis(delayMs));
            rule = retryAfter == null ? rule : rule.withRetryAfter(retryAfter);
            rule = status == null ? rule : rule.withStatus(status);
        } catch (IllegalArgumentException e) {
            throw new BankApiException(BankError.INVALID_FIELD, e.getMessage());
        }
        long id = bank.faults().add(rule);
        return Reply.json(201, faultJson(new ActiveFault(id, rule, rule.count(), 0)));
    }

    Reply clearFaults(HttpCall call) {
        bank.faults().clear();
        return faults(call);
    }

    Reply removeFault(HttpCall call, String idText) {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new BankApiException(BankError.NOT_FOUND, "no fault '" + idText + "'");
        }
        if (!bank.faults().remove(id)) {
            throw new BankApiException(BankError.NOT_FOUND, "no fault " + id);
        }
        return faults(call);
    }

    Reply health(HttpCall call) {
        return Reply.json(200, Map.of("status", "ok", "day", bank.clock().day(),
                "date", bank.clock().today().toString()));
    }

    private ClockJson clockJson() {
        var clock = bank.clock();
        return new ClockJson(clock.day(), clock.today(), clock.startDate(),
                clock.startDate().minusDays(bank.config().historyDays()));
    }

    private static FaultJson faultJson(ActiveFault f) {
        FaultRule r = f.rule();
        return new FaultJson(f.id(), r.kind(), r.connectionId(), r.rate(), r.count(), f.remaining(), f.hits(),
                r.effectiveDelay().toMillis(), r.retryAfterSeconds(), r.status());
    }
}
