package dev.banksync.app.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.app.spring.SpringContexts;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.Scheduler;

/** What {@code banksync scheduler --health-file} reports, on a real node connected as the batch writer. */
@ExtendWith(BanksyncPostgres.class)
class SchedulerNodeHealthIT {

    @Test
    void aJoinedNodeIsUpAndAnOperatorsViewOfTheClusterIsNot(TestDatabase db) throws Exception {
        var writer = db.loginAs("banksync_batch_writer");
        try (var node = SpringContexts.scheduler(writer, true)) {
            Scheduler scheduler = node.getBean(Scheduler.class);
            DataSource dataSource = node.getBean(DataSource.class);
            assertThat(SchedulerCommand.nodeIsUp(scheduler, dataSource)).isTrue();

            scheduler.standby();
            assertThat(SchedulerCommand.nodeIsUp(scheduler, dataSource)).as("paused").isFalse();
        }
        try (var view = SpringContexts.scheduler(writer, false)) {
            assertThat(SchedulerCommand.nodeIsUp(view.getBean(Scheduler.class), view.getBean(DataSource.class)))
                    .as("not started: fires nothing").isFalse();
        }
    }
}
