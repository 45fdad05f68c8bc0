package dev.banksync.ml.registry;

import dev.banksync.ml.TestModels;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.categorise.ModelCard;
import dev.banksync.ml.categorise.TribuoCategoriser;
import dev.banksync.ml.commands.MlCommands;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(BanksyncPostgres.class)
class ModelRegistryIT {

    @Test
    void registersVersionsWithProvenanceAndServesTheActiveOne(TestDatabase db) {
        ModelRegistry registry = new ModelRegistry(writer(db));
        CategoriserModel first = TestModels.smallLogistic();
        CategoriserModel second = renamed(first, "logistic-3-second");

        assertThat(registry.active()).isEmpty();
        RegisteredModel row = registry.register(first);
        registry.register(second);

        assertThat(row.version()).isEqualTo(first.version());
        assertThat(row.dataHash()).isEqualTo(first.card().dataHash());
        assertThat(row.trainer()).isEqualTo("logistic-3");
        assertThat(row.metricsJson()).contains("heldout").contains("macroF1");
        assertThat(row.active()).isFalse();

        registry.activate(first.version());
        assertThat(registry.active()).get().extracting(CategoriserModel::card).isEqualTo(first.card());

        registry.activate(second.version());
        assertThat(registry.active()).get().extracting(CategoriserModel::version).isEqualTo(second.version());
        assertThat(registry.versions()).extracting(RegisteredModel::active).containsExactlyInAnyOrder(true, false);
        assertThat(db.queryLong("SELECT count(*) FROM ml.model_versions WHERE active")).isEqualTo(1);
    }

    @Test
    void theActiveModelPredictsLikeTheModelThatWasRegistered(TestDatabase db) {
        ModelRegistry registry = new ModelRegistry(writer(db));
        CategoriserModel model = TestModels.smallLogistic();
        registry.register(model);
        registry.activate(model.version());

        var fromRegistry = MlCommands.categoriser(registry, MlCommands.ACTIVE);
        var original = new TribuoCategoriser(model);

        for (var row : TestModels.smallData().heldOut().subList(0, 100)) {
            assertThat(fromRegistry.predict(row.input())).isEqualTo(original.predict(row.input()));
        }
        assertThat(MlCommands.categoriser(registry, model.version()).version()).isEqualTo(model.version());
    }

    @Test
    void withNothingActiveTheShippedDefaultAnswers(TestDatabase db) {
        ModelRegistry registry = new ModelRegistry(writer(db));

        assertThat(MlCommands.categoriser(registry, MlCommands.ACTIVE).version())
                .isEqualTo(DefaultModels.categoriserModel().version());
    }

    @Test
    void versionsAreNeverOverwrittenAndUnknownOnesAreErrors(TestDatabase db) {
        ModelRegistry registry = new ModelRegistry(writer(db));
        registry.register(TestModels.smallLogistic());

        assertThatThrownBy(() -> registry.register(TestModels.smallLogistic()))
                .hasMessageContaining(TestModels.smallLogistic().version());
        assertThatThrownBy(() -> registry.activate("nope")).hasMessageContaining("'nope'");
        assertThatThrownBy(() -> MlCommands.categoriser(registry, "nope")).hasMessageContaining("'nope'");
    }

    @Test
    void theStreamJobMayReadButNotWriteTheRegistry(TestDatabase db) {
        ModelRegistry batch = new ModelRegistry(writer(db));
        CategoriserModel model = TestModels.smallLogistic();
        batch.register(model);
        batch.activate(model.version());
        ModelRegistry stream = new ModelRegistry(SimpleDataSources.of(db.loginAs("banksync_stream_writer")));

        assertThat(stream.active()).get().extracting(CategoriserModel::version).isEqualTo(model.version());
        assertThatThrownBy(() -> stream.register(renamed(model, "from-stream"))).hasMessageContaining("permission");
    }

    private static DataSource writer(TestDatabase db) {
        return SimpleDataSources.of(db.loginAs("banksync_batch_writer"));
    }

    private static CategoriserModel renamed(CategoriserModel model, String version) {
        ModelCard c = model.card();
        return model.withCard(new ModelCard(version, c.trainer(), c.dataHash(), c.createdAt().plusSeconds(60),
                c.features(), c.uncertaintyThreshold(), c.metrics()));
    }
}
