package dev.banksync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.sandbox.catalog.PfcCategories;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.ledger.AnomalyKind;
import dev.banksync.sandbox.profile.AccountProfile;
import dev.banksync.sandbox.profile.AccountType;
import dev.banksync.sandbox.profile.PaySchedule;
import dev.banksync.sandbox.profile.UserProfile;
import dev.banksync.sandbox.truth.GroundTruth;
import dev.banksync.sandbox.truth.TruthTransaction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default population (seed 42, 50 users) must look like real people's bank statements. */
class RealismTest {

    private static SimulatedBank bank;
    private static List<TruthTransaction> transactions;
    private static List<GroundTruth> truths;

    @BeforeAll
    static void build() {
        bank = new SimulatedBank(SandboxConfig.defaults());
        truths = bank.connections().stream().map(c -> bank.groundTruth(c.connectionId())).toList();
        transactions = truths.stream().flatMap(GroundTruth::transactions).toList();
    }

    @Test
    void every_currency_and_every_country_is_present() {
        assertThat(transactions.stream().map(TruthTransaction::currency).distinct())
                .containsExactlyInAnyOrder("USD", "GBP", "EUR", "INR");
        assertThat(bank.connections().stream().map(Connection::country).distinct())
                .containsExactlyInAnyOrder("US", "GB", "DE", "FR", "NL", "ES", "IN");
    }

    @Test
    void every_pfc_primary_is_present() {
        assertThat(transactions.stream().map(TruthTransaction::category).distinct())
                .containsExactlyInAnyOrderElementsOf(PfcCategories.PRIMARIES);
    }

    @Test
    void the_everyday_life_of_the_brief_is_all_there() {
        Set<String> detailed = new TreeSet<>(transactions.stream().map(TruthTransaction::categoryDetailed).toList());
        assertThat(detailed).contains("INCOME_WAGES", "RENT_AND_UTILITIES_RENT", "LOAN_PAYMENTS_MORTGAGE_PAYMENT",
                "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY", "RENT_AND_UTILITIES_INTERNET_AND_CABLE",
                "RENT_AND_UTILITIES_TELEPHONE", "FOOD_AND_DRINK_GROCERIES", "FOOD_AND_DRINK_RESTAURANT",
                "FOOD_AND_DRINK_COFFEE", "FOOD_AND_DRINK_FAST_FOOD", "TRANSPORTATION_PUBLIC_TRANSIT",
                "TRANSPORTATION_TAXIS_AND_RIDE_SHARES", "TRANSPORTATION_GAS", "ENTERTAINMENT_TV_AND_MOVIES",
                "ENTERTAINMENT_MUSIC_AND_AUDIO", "TRANSFER_OUT_SAVINGS", "TRANSFER_IN_SAVINGS",
                "LOAN_PAYMENTS_CREDIT_CARD_PAYMENT", "TRANSFER_OUT_WITHDRAWAL", "BANK_FEES_ATM_FEES",
                "BANK_FEES_OTHER_BANK_FEES", "BANK_FEES_FOREIGN_TRANSACTION_FEES", "INCOME_INTEREST_EARNED",
                "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS", "GENERAL_SERVICES_INSURANCE");
        // refunds: money coming back from a shop
        assertThat(transactions).anyMatch(t -> t.amountMinor() > 0 && t.category().equals("GENERAL_MERCHANDISE"));
    }

    @Test
    void every_anomaly_kind_is_injected_and_only_on_live_transactions() {
        Set<AnomalyKind> kinds = EnumSet.noneOf(AnomalyKind.class);
        for (GroundTruth truth : truths) {
            Set<String> ids = new TreeSet<>(truth.transactions().map(TruthTransaction::transactionId).toList());
            truth.anomalies().forEach(a -> {
                kinds.add(a.kind());
                assertThat(ids).contains(a.transactionId());
            });
        }
        assertThat(kinds).containsExactlyInAnyOrder(AnomalyKind.values());
    }

    @Test
    void statement_names_carry_real_world_noise() {
        List<String> names = transactions.stream().map(TruthTransaction::name).toList();
        for (String pattern : List.of("^SQ \\*", "AMZN Mktp|Amazon\\.com\\*|AMAZON", "^UPI/DR/\\d{12}/|^UPI-",
                "SEPA-LASTSCHRIFT|PRLV SEPA|SEPA INCASSO|ADEUDO SEPA", "^POS ", "XXXX\\d{4}|XXXXXX\\d{4}",
                "PAYPAL \\*", "\\d{2}/\\d{2}|\\d{2}-\\d{2}|\\d{4} ", "NEFT-|SAL CR|DIRECT DEP|FPI |BGC |GUTSCHRIFT",
                "\\*[A-Z0-9]{7,10}")) {
            assertThat(names).as("a name matching %s", pattern)
                    .anyMatch(n -> Pattern.compile(pattern).matcher(n).find());
        }
        assertThat(transactions).as("some merchants are unresolved").anyMatch(t -> t.merchantName() == null);
    }

    @Test
    void users_have_several_accounts_mostly_in_their_home_currency_and_every_pay_rhythm() {
        Set<PaySchedule.Frequency> rhythms = EnumSet.noneOf(PaySchedule.Frequency.class);
        Set<AccountType> types = EnumSet.noneOf(AccountType.class);
        int foreignAccounts = 0;
        for (Connection c : bank.connections()) {
            UserProfile p = bank.profile(c);
            rhythms.add(p.pay().frequency());
            List<AccountProfile> accounts = p.accounts();
            accounts.forEach(a -> types.add(a.type()));
            long foreign = accounts.stream().filter(a -> !a.currency().equals(p.homeCurrency())).count();
            assertThat(foreign).isLessThanOrEqualTo(1);
            foreignAccounts += (int) foreign;
            assertThat(accounts.size()).isGreaterThan((int) foreign);
        }
        assertThat(rhythms).containsExactlyInAnyOrder(PaySchedule.Frequency.values());
        assertThat(types).containsExactlyInAnyOrder(AccountType.values());
        assertThat(foreignAccounts).isPositive();
    }

    @Test
    void amounts_are_never_zero_and_match_their_account_currency() {
        List<String> mismatched = new ArrayList<>();
        for (GroundTruth truth : truths) {
            truth.accounts().forEach(a -> a.transactions().forEach(t -> {
                if (!t.currency().equals(a.currency()) || t.amountMinor() == 0) {
                    mismatched.add(t.transactionId());
                }
            }));
        }
        assertThat(mismatched).isEmpty();
    }
}
