package dev.banksync.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    @Test
    void a_counted_rule_hits_exactly_that_many_requests() {
        FaultPlan plan = new FaultPlan(42);
        plan.add(FaultRule.of(FaultKind.SERVER_ERROR).times(3));

        List<Boolean> hits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hits.add(plan.next("conn-00001", Endpoint.TRANSACTIONS_SYNC, false).isPresent());
        }
        assertThat(hits).containsExactly(true, true, true, false, false, false);
        assertThat(plan.list().get(0).remaining()).isZero();
        assertThat(plan.list().get(0).hits()).isEqualTo(3);
    }

    @Test
    void a_rate_hits_about_that_share_of_requests_and_the_same_ones_every_run() {
        List<Boolean> first = run(0.3, 400);
        List<Boolean> second = run(0.3, 400);

        assertThat(first).isEqualTo(second);
        long hits = first.stream().filter(h -> h).count();
        assertThat(hits).isBetween(80L, 160L);
    }

    @Test
    void a_rule_for_one_connection_leaves_the_others_alone() {
        FaultPlan plan = new FaultPlan(42);
        plan.add(FaultRule.of(FaultKind.EXPIRED_TOKEN).forConnection("conn-00002"));

        assertThat(plan.next("conn-00001", Endpoint.TRANSACTIONS_SYNC, false)).isEmpty();
        assertThat(plan.next("conn-00002", Endpoint.ACCOUNTS_GET, false))
                .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(FaultKind.EXPIRED_TOKEN));
    }

    @Test
    void mutation_during_pagination_only_meets_a_sync_inside_a_pagination_loop() {
        FaultPlan plan = new FaultPlan(42);
        plan.add(FaultRule.of(FaultKind.MUTATION_DURING_PAGINATION).times(1));

        assertThat(plan.next("c", Endpoint.TRANSACTIONS_SYNC, false)).isEmpty();
        assertThat(plan.next("c", Endpoint.ACCOUNTS_GET, true)).isEmpty();
        assertThat(plan.next("c", Endpoint.TRANSACTIONS_SYNC, true)).isPresent();
        assertThat(plan.next("c", Endpoint.TRANSACTIONS_SYNC, true)).isEmpty();
    }

    @Test
    void rules_apply_in_the_order_added_and_can_be_removed_or_cleared() {
        FaultPlan plan = new FaultPlan(42);
        long slow = plan.add(FaultRule.of(FaultKind.SLOW));
        plan.add(FaultRule.of(FaultKind.RATE_LIMIT));

        assertThat(kind(plan)).contains(FaultKind.SLOW);
        assertThat(plan.remove(slow)).isTrue();
        assertThat(kind(plan)).contains(FaultKind.RATE_LIMIT);
        plan.clear();
        assertThat(kind(plan)).isEmpty();
    }

    @Test
    void the_command_line_form_parses_every_option() {
        FaultRule rule = FaultRule.parse("server_error:rate=0.25,count=4,connection=conn-00003,status=503");

        assertThat(rule).isEqualTo(FaultRule.of(FaultKind.SERVER_ERROR).withRate(0.25).times(4)
                .forConnection("conn-00003").withStatus(503));
        assertThat(FaultRule.parse("TIMEOUT:delay-ms=250").effectiveDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(FaultRule.parse("RATE_LIMIT:retry-after=7").retryAfterSeconds()).isEqualTo(7);
        assertThat(FaultRule.parse("SLOW").effectiveDelay()).isEqualTo(FaultKind.SLOW.defaultDelay());
    }

    @Test
    void bad_rules_are_refused_with_the_reason() {
        assertThatThrownBy(() -> FaultRule.parse("EARTHQUAKE")).hasMessageContaining("unknown fault kind 'EARTHQUAKE'");
        assertThatThrownBy(() -> FaultRule.parse("SLOW:speed=3")).hasMessageContaining("unknown fault option 'speed'");
        assertThatThrownBy(() -> FaultRule.parse("SLOW:rate=lots")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> FaultRule.of(FaultKind.SLOW).withRate(1.5)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> FaultRule.of(FaultKind.SERVER_ERROR).withStatus(418)).hasMessageContaining("418");
        assertThatThrownBy(() -> FaultRule.of(FaultKind.SLOW).times(0)).hasMessageContaining("at least 1");
    }

    private static List<Boolean> run(double rate, int requests) {
        FaultPlan plan = new FaultPlan(42);
        plan.add(FaultRule.of(FaultKind.RATE_LIMIT).withRate(rate));
        List<Boolean> hits = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            hits.add(plan.next("conn-00001", Endpoint.TRANSACTIONS_SYNC, false).isPresent());
        }
        return hits;
    }

    private static Optional<FaultKind> kind(FaultPlan plan) {
        return plan.next("conn-00001", Endpoint.TRANSACTIONS_SYNC, false).map(FaultRule::kind);
    }
}
