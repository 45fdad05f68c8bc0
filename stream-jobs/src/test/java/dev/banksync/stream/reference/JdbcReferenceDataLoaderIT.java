package dev.banksync.stream.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.registry.DefaultModels;
import dev.banksync.ml.registry.ModelRegistry;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The job's reference data and registry models, read as the stream writer from a real PostgreSQL. */
@ExtendWith(BanksyncPostgres.class)
class JdbcReferenceDataLoaderIT {

    @Test
    void theActiveModelVersionTravelsWithTheSnapshotAndLoadsFromTheRegistry(TestDatabase db) throws Exception {
        JdbcReferenceDataLoader loader = new JdbcReferenceDataLoader(db.loginAs("banksync_stream_writer"));
        assertThat(loader.load().activeModelVersion()).as("nothing registered yet").isNull();

        CategoriserModel shipped = DefaultModels.categoriserModel();
        var card = shipped.card();
        CategoriserModel v2 = shipped.withCard(new dev.banksync.ml.categorise.ModelCard("cat-test-v2", card.trainer(),
                card.dataHash(), card.createdAt(), card.features(), card.uncertaintyThreshold(), card.metrics()));
        ModelRegistry registry = new ModelRegistry(SimpleDataSources.of(db.settings()));
        registry.register(v2);
        assertThat(loader.load().activeModelVersion()).as("registered, not active").isNull();
        registry.activate("cat-test-v2");

        ReferenceData snapshot = loader.load();
        assertThat(snapshot.activeModelVersion()).isEqualTo("cat-test-v2");
        assertThat(snapshot.sameContentAs(new ReferenceData(snapshot.rules(), snapshot.overrides(),
                snapshot.budgets(), 0))).as("a model switch is a change").isFalse();
        Categoriser loaded = loader.categoriser("cat-test-v2").orElseThrow();
        CategoriserInput coffee = CategoriserInput.of("SQ *BLUE BOTTLE #123 SAN FRANCISCO CA", -575, "USD");
        assertThat(loaded.version()).isEqualTo("cat-test-v2");
        assertThat(loaded.predict(coffee).category()).isEqualTo(DefaultModels.categoriser().predict(coffee).category());
        assertThat(loader.categoriser("no-such-version")).isEmpty();
    }
}
