package dev.banksync.ml.merchant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-looking statement lines from the US, the UK, the euro area and India: what a person reading the line would
 * call the merchant, how the money moved, and the category the knowledge base knows for it ('-' when it should
 * not know one).
 */
class MerchantNormaliserTest {

    private final MerchantNormaliser normaliser = MerchantNormaliser.shipped();

    @ParameterizedTest(name = "US: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            SQ *BLUE BOTTLE #123 SAN FRANCISCO CA                               | Blue Bottle  | UNKNOWN | FOOD_AND_DRINK_COFFEE
            TST* SHAKE SHACK 1234 NEW YORK NY                                   | Shake Shack  | UNKNOWN | FOOD_AND_DRINK_FAST_FOOD
            PAYPAL *NETFLIX.COM 4029357733 CA                                   | Netflix      | UNKNOWN | ENTERTAINMENT_TV_AND_MOVIES
            AMZN Mktp US*2K4AB12C3 Amzn.com/bill WA                             | Amazon       | UNKNOWN | GENERAL_MERCHANDISE_ONLINE_MARKETPLACES
            POS 1234 WALGREENS #1234 CHICAGO IL                                 | Walgreens    | CARD    | MEDICAL_PHARMACIES_AND_SUPPLEMENTS
            PURCHASE AUTHORIZED ON 04/12 STARBUCKS STORE 12345 SEATTLE WA S582103456 CARD 1234 | Starbucks | CARD | FOOD_AND_DRINK_COFFEE
            CHECKCARD 0412 CHIPOTLE 1234 AUSTIN TX 24492154103000123456789      | Chipotle     | CARD    | FOOD_AND_DRINK_FAST_FOOD
            Card Purchase With Pin 08/23 PARKSIDE LUMBER HOBOKEN NJ Card 4646   | Parkside Lumber | CARD | -
            UBER *TRIP HELP.UBER.COM CA                                         | Uber         | UNKNOWN | TRANSPORTATION_TAXIS_AND_RIDE_SHARES
            SHELL OIL 57444123 HOUSTON TX                                       | Shell        | UNKNOWN | TRANSPORTATION_GAS
            SQ *JOES PIZZA BROOKLYN NY                                          | Joes Pizza   | UNKNOWN | -
            TST* LA TAQUERIA 00012345 SAN FRANCISCO CA                          | La Taqueria  | UNKNOWN | -
            Zelle payment to JOHN SMITH 8XK2PQ                                  | John Smith   | P2P     | TRANSFER_OUT_ACCOUNT_TRANSFER
            CASH APP*JOHN SMITH*AB12CD3 OAKLAND CA                              | John Smith   | P2P     | TRANSFER_OUT_ACCOUNT_TRANSFER
            VENMO PAYMENT 1023456789 WEB ID: 3264681992                         | Venmo        | P2P     | TRANSFER_OUT_ACCOUNT_TRANSFER
            """)
    void unitedStates(String line, String merchant, String channel, String detailed) {
        assertNormalised(line, merchant, channel, detailed);
    }

    @ParameterizedTest(name = "UK: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            CARD PAYMENT TO TESCO STORES 3271 ON 12-04-2024                           | Tesco        | CARD           | FOOD_AND_DRINK_GROCERIES
            CARD PAYMENT TO SAINSBURY'S S/MKTS,12.50 GBP, RATE 1.00/GBP ON 12-04-2024 | Sainsbury's  | CARD           | FOOD_AND_DRINK_GROCERIES
            DIRECT DEBIT PAYMENT TO THAMES WATER REF 123456789                        | Thames Water | DIRECT_DEBIT   | RENT_AND_UTILITIES_WATER
            TFL TRAVEL CH TFL.GOV.UK/CP GB                                            | TfL          | UNKNOWN        | TRANSPORTATION_PUBLIC_TRANSIT
            PRET A MANGER LONDON GB                                                   | Pret A Manger | UNKNOWN       | FOOD_AND_DRINK_FAST_FOOD
            STANDING ORDER TO J SMITH RENT                                            | J Smith      | STANDING_ORDER | -
            FASTER PAYMENT RECEIVED FROM ACME LTD SALARY                              | Acme         | CREDIT_TRANSFER | -
            """)
    void unitedKingdom(String line, String merchant, String channel, String detailed) {
        assertNormalised(line, merchant, channel, detailed);
    }

    @ParameterizedTest(name = "euro area: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            SEPA-LASTSCHRIFT VODAFONE GMBH Mandatsref: 1234                | Vodafone     | DIRECT_DEBIT    | RENT_AND_UTILITIES_TELEPHONE
            Kartenzahlung girocard REWE Markt GmbH 12.04. 14:32            | REWE         | CARD            | FOOD_AND_DRINK_GROCERIES
            PRLV SEPA EDF CLIENTS PARTICULIERS                             | EDF          | DIRECT_DEBIT    | RENT_AND_UTILITIES_GAS_AND_ELECTRICITY
            CB CARREFOUR 12/04 PARIS                                       | Carrefour    | CARD            | FOOD_AND_DRINK_GROCERIES
            BETAALAUTOMAAT ALBERT HEIJN 1234 AMSTERDAM                     | Albert Heijn | CARD            | FOOD_AND_DRINK_GROCERIES
            Compra en MERCADONA VALENCIA                                   | Mercadona    | CARD            | FOOD_AND_DRINK_GROCERIES
            Bizum a Maria Garcia                                           | Maria Garcia | P2P             | -
            Bizum enviado a Maria Garcia                                   | Maria Garcia | P2P             | -
            Pago en SPORTS BAR DANI JARQUE S BOI LLOBREGES                 | Sports Bar Dani Jarque S Boi Llobreges | CARD | -
            Transferencia emitida a Salesians Mataro casal                 | Salesians Mataro Casal | CREDIT_TRANSFER | -
            VIREMENT EMIS VERS JEAN DUPONT LOYER                           | Jean Dupont  | CREDIT_TRANSFER | -
            VIR SEPA RECU DE EMPLOYER SAS SALAIRE                          | Employer     | CREDIT_TRANSFER | -
            Gehalt ACME GmbH                                               | Acme         | UNKNOWN         | -
            """)
    void euroArea(String line, String merchant, String channel, String detailed) {
        assertNormalised(line, merchant, channel, detailed);
    }

    @ParameterizedTest(name = "India: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            UPI/DR/412345678901/SWIGGY/YESB/swiggy.stores@axisbank/Payment | Swiggy        | UPI          | FOOD_AND_DRINK_RESTAURANT
            UPI-ZOMATO LTD-ZOMATO@HDFCBANK-HDFC0000001-412345678901-UPI    | Zomato        | UPI          | FOOD_AND_DRINK_RESTAURANT
            NEFT CR-HDFC0000123-ACME PVT LTD-SALARY-N12345                 | Acme          | NEFT_RTGS    | -
            MMT/IMPS/412345678901/RENT/RAHUL KUMAR/HDFC BANK               | Rahul Kumar   | IMPS         | -
            ACH D- BAJAJ FINANCE LTD-1234567                               | Bajaj Finance | DIRECT_DEBIT | LOAN_PAYMENTS_PERSONAL_LOAN_PAYMENT
            PCD/4135/SHREE GANESH MEDICALS/PUNE 190922                     | Shree Ganesh Medicals | CARD | -
            POS 416021XXXXXX1234 BIG BAZAAR                                | Big Bazaar    | CARD         | GENERAL_MERCHANDISE_SUPERSTORES
            """)
    void india(String line, String merchant, String channel, String detailed) {
        assertNormalised(line, merchant, channel, detailed);
    }

    @ParameterizedTest(name = "no payee: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ATM WITHDRAWAL 04/12 123 MAIN ST NEW YORK NY | ATM
            ATW-416021XXXXXX1234-S1ANMU01-MUMBAI         | ATM
            """)
    void atmLinesNameNoMerchant(String line, String channel) {
        NormalisedDescription normalised = normaliser.normalise(line);
        assertThat(normalised.merchantName()).isNull();
        assertThat(normalised.merchantKey()).isEmpty();
        assertThat(normalised.channel().name()).isEqualTo(channel);
    }

    @ParameterizedTest(name = "same merchant key: {0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SQ *JOES PIZZA BROOKLYN NY               | JOES PIZZA 0042 NEW YORK NY
            CARD PAYMENT TO TESCO STORES 3271 ON 12-04-2024 | TESCO EXPRESS LONDON GB
            UPI/DR/412345678901/SWIGGY/YESB/swiggy@ybl/Payment | POS 416021XXXXXX1234 SWIGGY BANGALORE
            """)
    void spellingsOfOneMerchantShareTheKey(String one, String other) {
        assertThat(normaliser.normalise(one).merchantKey()).isEqualTo(normaliser.normalise(other).merchantKey())
                .isNotEmpty();
    }

    @ParameterizedTest(name = "noise removed: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            PURCHASE AUTHORIZED ON 04/12 STARBUCKS STORE 12345 SEATTLE WA S582103456 CARD 1234 | S582103456
            POS 416021XXXXXX1234 BIG BAZAAR                                                    | 416021XXXXXX1234
            AMZN Mktp US*2K4AB12C3 Amzn.com/bill WA                                            | 2K4AB12C3
            CARD PAYMENT TO TESCO STORES 3271 ON 12-04-2024                                    | 3271
            """)
    void referencesMasksAndNumbersAreNotWords(String line, String noise) {
        assertThat(normaliser.normalise(line).words()).doesNotContain(noise);
    }

    private void assertNormalised(String line, String merchant, String channel, String detailed) {
        NormalisedDescription normalised = normaliser.normalise(line);
        assertThat(normalised.merchantName()).as("merchant of %s", line).isEqualTo(merchant);
        assertThat(normalised.channel().name()).as("channel of %s", line).isEqualTo(channel);
        String known = normalised.known() == null ? "-" : normalised.known().detailed();
        assertThat(known).as("known category of %s", line).isEqualTo(detailed);
    }
}
