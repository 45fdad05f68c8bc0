package dev.banksync.app.demo;

import dev.banksync.core.db.DbSettings;
import dev.banksync.core.db.Migrations;
import dev.banksync.core.db.RoleLogins;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.core.event.TopicNames;
import dev.banksync.testkit.kafka.EmbeddedKafkaBroker;
import dev.banksync.testkit.postgres.EmbeddedPostgresServer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Everything the embedded mode needs, in this JVM: PostgreSQL 17 (a migrated {@code banksync} database with one
 * login per least-privilege role, random passwords that live only in memory) and a KRaft Kafka broker with the
 * contract topics. Closing it stops both and deletes their data.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final DbSettings owner;
    private final TopicNames topics = TopicNames.DEFAULT;

    private EmbeddedInfrastructure(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, DbSettings owner) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.owner = owner;
    }

    public static EmbeddedInfrastructure start(Progress progress) throws Exception {
        EmbeddedPostgresServer pg = progress.step("starting embedded PostgreSQL 17", EmbeddedPostgresServer::startTemporary);
        EmbeddedKafkaBroker broker = null;
        try {
            execute(pg.admin(), "CREATE DATABASE banksync");
            DbSettings owner = pg.database("banksync");
            progress.step("migrating the banksync database", () -> Migrations.migrate(SimpleDataSources.of(owner)));
            broker = progress.step("starting in-JVM Kafka (KRaft)", EmbeddedKafkaBroker::start);
            EmbeddedInfrastructure infra = new EmbeddedInfrastructure(pg, broker, owner);
            infra.createTopics();
            return infra;
        } catch (Exception e) {
            if (broker != null) {
                broker.close();
            }
            pg.close();
            throw e;
        }
    }

    public DbSettings owner() {
        return owner;
    }

    /** A login in one of the contract's roles (banksync_batch_writer, banksync_stream_writer, banksync_api_reader). */
    public DbSettings login(String role) {
        String user = role.replace("banksync_", "demo_");
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        RoleLogins.ensure(SimpleDataSources.of(owner), user, password, role);
        return owner.withUser(user, password);
    }

    public String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    public TopicNames topics() {
        return topics;
    }

    private void createTopics() throws Exception {
        List<NewTopic> newTopics = new ArrayList<>();
        for (String t : List.of(topics.transactions(), topics.alerts(), topics.transactionsDlq())) {
            newTopics.add(new NewTopic(t, 4, (short) 1));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap()))) {
            admin.createTopics(newTopics).all().get();
        }
    }

    private static void execute(DbSettings settings, String sql) {
        try (Connection c = SimpleDataSources.of(settings).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql.split(" ")[0] + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
