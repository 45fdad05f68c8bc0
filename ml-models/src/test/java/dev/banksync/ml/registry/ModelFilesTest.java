package dev.banksync.ml.registry;

import dev.banksync.ml.TestModels;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.categorise.TribuoCategoriser;
import dev.banksync.ml.corpus.LabelledTransaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelFilesTest {

    @Test
    void aModelFileGivesBackTheSameCardAndPredictions(@TempDir Path dir) {
        CategoriserModel model = TestModels.smallLogistic();
        Path file = dir.resolve("m.zip");

        ModelFiles.write(model, file);
        CategoriserModel read = ModelFiles.read(file);

        assertThat(read.card()).isEqualTo(model.card());
        TribuoCategoriser before = new TribuoCategoriser(model);
        TribuoCategoriser after = new TribuoCategoriser(read);
        for (LabelledTransaction row : TestModels.smallData().heldOut().subList(0, 200)) {
            assertThat(after.predict(row.input())).isEqualTo(before.predict(row.input()));
        }
    }

    @Test
    void theSameModelAlwaysGivesTheSameBytes() {
        CategoriserModel model = TestModels.smallLogistic();

        assertThat(ModelFiles.toBytes(model)).isEqualTo(ModelFiles.toBytes(model));
    }

    @Test
    void somethingElseIsRejectedWithItsName(@TempDir Path dir) throws Exception {
        Path notAModel = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> ModelFiles.read(notAModel)).hasMessageContaining("notes.txt");
        assertThatThrownBy(() -> ModelFiles.read(new ByteArrayInputStream(new byte[0]), "empty"))
                .hasMessageContaining("empty: not a categoriser model file");
    }
}
