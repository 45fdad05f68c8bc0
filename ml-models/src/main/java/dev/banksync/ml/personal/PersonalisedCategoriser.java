package dev.banksync.ml.personal;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.ml.merchant.NormalisedDescription;

/**
 * The user's own word first, the model second: when the user has corrected the transaction's merchant, their
 * category is the answer (confidence 1, never uncertain, version {@code user-correction/<model version>});
 * otherwise the global model decides. Thread-safe as long as each call gets the calling user's corrections.
 */
public final class PersonalisedCategoriser {

    public static final String USER_CORRECTION = "user-correction";

    private final Categoriser model;
    private final MerchantNormaliser normaliser;

    public PersonalisedCategoriser(Categoriser model) {
        this(model, MerchantNormaliser.shipped());
    }

    public PersonalisedCategoriser(Categoriser model, MerchantNormaliser normaliser) {
        this.model = model;
        this.normaliser = normaliser;
    }

    /** Categorises one of {@code corrections.userId()}'s transactions. */
    public Prediction predict(UserCorrections corrections, CategoriserInput input) {
        NormalisedDescription text = normaliser.normalise(input.description());
        var remembered = corrections.categoryFor(text.merchantKey());
        if (remembered.isPresent()) {
            return new Prediction(remembered.get(), 1.0, false, text.merchantName(),
                    USER_CORRECTION + "/" + model.version());
        }
        return model.predict(input);
    }
}
