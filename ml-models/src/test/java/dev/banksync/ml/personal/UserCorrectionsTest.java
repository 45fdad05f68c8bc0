package dev.banksync.ml.personal;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import dev.banksync.ml.categorise.Prediction;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserCorrectionsTest {

    /** A model that always says FOOD_AND_DRINK, so any other answer comes from the corrections. */
    private static final Categoriser MODEL = new Categoriser() {
        @Override
        public Prediction predict(CategoriserInput input) {
            return new Prediction("FOOD_AND_DRINK", 0.8, false, null, "m1");
        }

        @Override
        public String version() {
            return "m1";
        }
    };

    private final PersonalisedCategoriser categoriser = new PersonalisedCategoriser(MODEL);

    @Test
    void aCorrectionAppliesAtOnceToTheUsersLaterTransactionsOfThatMerchant() {
        UserCorrections alice = new UserCorrections("alice");
        alice.correct("SQ *JOES PIZZA BROOKLYN NY", "entertainment");

        Prediction later = categoriser.predict(alice, input("JOES PIZZA 0042 NEW YORK NY"));

        assertThat(later.category()).isEqualTo("ENTERTAINMENT");
        assertThat(later.confidence()).isEqualTo(1.0);
        assertThat(later.uncertain()).isFalse();
        assertThat(later.merchant()).isEqualTo("Joes Pizza");
        assertThat(later.modelVersion()).isEqualTo("user-correction/m1");
        assertThat(categoriser.predict(alice, input("TST* OTHER PLACE BROOKLYN NY")).category())
                .isEqualTo("FOOD_AND_DRINK");
    }

    @Test
    void anotherUsersTransactionsAreNeverChanged() {
        UserCorrections alice = new UserCorrections("alice");
        UserCorrections bob = new UserCorrections("bob");
        alice.correct("CARD PAYMENT TO TESCO STORES 3271 ON 12-04-2024", "GENERAL_MERCHANDISE");

        assertThat(categoriser.predict(bob, input("TESCO EXPRESS LONDON GB")).category()).isEqualTo("FOOD_AND_DRINK");
        assertThat(categoriser.predict(alice, input("TESCO EXPRESS LONDON GB")).category())
                .isEqualTo("GENERAL_MERCHANDISE");
        assertThat(bob.size()).isZero();
    }

    @Test
    void theLatestCorrectionOfAMerchantWins() {
        UserCorrections alice = new UserCorrections("alice");
        alice.correct("UPI/DR/412345678901/SWIGGY/YESB/swiggy@ybl/Payment", "FOOD_AND_DRINK_GROCERIES");
        alice.correct("POS 416021XXXXXX1234 SWIGGY BANGALORE", "TRAVEL");

        assertThat(alice.size()).isEqualTo(1);
        assertThat(categoriser.predict(alice, input("SWIGGY ORDER 12345")).category()).isEqualTo("TRAVEL");
    }

    @Test
    void linesWithoutAMerchantAreNotRememberedAndCategoriesAreChecked() {
        UserCorrections alice = new UserCorrections("alice");

        assertThat(alice.correct("ATM WITHDRAWAL 04/12 123 MAIN ST NEW YORK NY", "TRAVEL")).isEmpty();
        assertThat(alice.size()).isZero();
        assertThatThrownBy(() -> alice.correct("TESCO", "SHOPPING")).hasMessageContaining("SHOPPING");
        assertThatThrownBy(() -> new UserCorrections(" ")).hasMessageContaining("userId");
    }

    @Test
    void survivesSerialisationAndRebuildsFromItsEntries() throws Exception {
        UserCorrections alice = new UserCorrections("alice");
        alice.correct("PAYPAL *NETFLIX.COM 4029357733 CA", "GENERAL_SERVICES");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(alice);
        }
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = in.readObject();
        }

        assertThat(copy).isEqualTo(alice);
        assertThat(new UserCorrections("alice", alice.entries())).isEqualTo(alice);
        assertThat(alice.entries()).isEqualTo(Map.of("NETFLIX", "GENERAL_SERVICES"));
    }

    private static CategoriserInput input(String text) {
        return CategoriserInput.of(text, -1_500, "USD");
    }
}
