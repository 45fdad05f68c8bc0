package dev.banksync.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.banksync.sandbox.SimulatedBank;
import dev.banksync.sandbox.api.BankApiException;
import dev.banksync.sandbox.api.BankError;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches every request and delivers the reply: at once, or later from the scheduler (slow answers and hangs
 * do not hold a worker thread, so a fault cannot starve the healthy connections).
 */
final class Router implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final String FAULT_PREFIX = "/sandbox/faults/";

    private final SimulatedBank bank;
    private final ProviderEndpoints provider;
    private final ControlEndpoints control;
    private final ScheduledExecutorService scheduler;

    Router(SimulatedBank bank, ScheduledExecutorService scheduler) {
        this.bank = bank;
        this.provider = new ProviderEndpoints(bank);
        this.control = new ControlEndpoints(bank);
        this.scheduler = scheduler;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Reply reply;
        String requestId = "";
        try {
            HttpCall call = HttpCall.read(exchange);
            requestId = call.requestId(bank.config().seed(), bank.clock().day());
            reply = route(call);
        } catch (BankApiException e) {
            reply = Reply.error(e, requestId);
        } catch (IllegalArgumentException e) {
            reply = Reply.error(new BankApiException(BankError.INVALID_FIELD, e.getMessage()), requestId);
        } catch (IOException | RuntimeException e) {
            LOG.error("request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            reply = Reply.error(new BankApiException(BankError.INTERNAL_SERVER_ERROR, "internal error: " + e), requestId);
        }
        deliver(exchange, reply);
    }

    private Reply route(HttpCall call) {
        String path = call.path();
        return switch (path) {
            case "/transactions/sync" -> only("POST", call, provider::sync);
            case "/accounts/get" -> only("POST", call, provider::accounts);
            case "/sandbox/connections" -> only("GET", call, control::connections);
            case "/sandbox/clock" -> only("GET", call, control::clock);
            case "/sandbox/advance" -> only("POST", call, control::advance);
            case "/sandbox/ground-truth" -> only("GET", call, control::groundTruth);
            case "/sandbox/faults" -> switch (call.method()) {
                case "GET" -> control.faults(call);
                case "POST" -> control.addFault(call);
                case "DELETE" -> control.clearFaults(call);
                default -> throw notAllowed(call);
            };
            case "/health" -> only("GET", call, control::health);
            default -> {
                if (path.startsWith(FAULT_PREFIX)) {
                    yield only("DELETE", call, c -> control.removeFault(c, path.substring(FAULT_PREFIX.length())));
                }
                throw new BankApiException(BankError.NOT_FOUND, "no endpoint " + path);
            }
        };
    }

    private static Reply only(String method, HttpCall call, Function<HttpCall, Reply> endpoint) {
        if (!call.method().equals(method)) {
            throw notAllowed(call);
        }
        return endpoint.apply(call);
    }

    private static BankApiException notAllowed(HttpCall call) {
        return new BankApiException(BankError.METHOD_NOT_ALLOWED, call.method() + " is not allowed on " + call.path());
    }

    private void deliver(HttpExchange exchange, Reply reply) {
        long delayMs = reply.delay().toMillis();
        if (reply.hang()) {
            scheduler.schedule(exchange::close, delayMs, TimeUnit.MILLISECONDS);
        } else if (delayMs > 0) {
            scheduler.schedule(() -> send(exchange, reply), delayMs, TimeUnit.MILLISECONDS);
        } else {
            send(exchange, reply);
        }
    }

    private static void send(HttpExchange exchange, Reply reply) {
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            for (Map.Entry<String, String> h : reply.headers().entrySet()) {
                exchange.getResponseHeaders().set(h.getKey(), h.getValue());
            }
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            out.write(reply.body());
        } catch (IOException e) {
            // the client gave up (typically its own timeout during a SLOW fault): nothing left to do
            LOG.debug("could not deliver a reply: {}", e.toString());
        }
    }
}
