package dev.banksync.ml.categorise;

import org.tribuo.Model;
import org.tribuo.classification.Label;

import java.util.Objects;

/** A trained Tribuo classifier together with its {@link ModelCard}: what is saved, registered and loaded. */
public record CategoriserModel(ModelCard card, Model<Label> tribuoModel) {

    public CategoriserModel {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(tribuoModel, "tribuoModel");
        if (!ModelCard.FEATURES.equals(card.features())) {
            throw new IllegalArgumentException("model " + card.version() + " expects features " + card.features()
                    + " but this build computes " + ModelCard.FEATURES);
        }
    }

    public String version() {
        return card.version();
    }

    public CategoriserModel withCard(ModelCard newCard) {
        return new CategoriserModel(newCard, tribuoModel);
    }
}
