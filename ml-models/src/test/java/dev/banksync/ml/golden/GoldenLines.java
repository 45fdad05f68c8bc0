package dev.banksync.ml.golden;

import java.util.List;

/** Fixed statement lines from every region and kind whose predictions the golden test pins down. */
final class GoldenLines {

    record Line(String text, long amountMinor, String currency) {
    }

    static final List<Line> LINES = List.of(
            new Line("SQ *BLUE BOTTLE #123 SAN FRANCISCO CA", -575, "USD"),
            new Line("AMZN Mktp US*2K4AB12C3 Amzn.com/bill WA", -2_399, "USD"),
            new Line("PURCHASE AUTHORIZED ON 04/12 SHELL OIL 57444123 HOUSTON TX S582103456 CARD 1234", -4_210, "USD"),
            new Line("GUSTO DES:PAYROLL ID:ABC123 INDN:JANE DOE CO ID:9876543210 PPD", 312_000, "USD"),
            new Line("Zelle payment to JOHN SMITH 8XK2PQ", -5_000, "USD"),
            new Line("MONTHLY MAINTENANCE FEE", -1_200, "USD"),
            new Line("CARD PAYMENT TO TESCO STORES 3271 ON 12-04-2024", -2_345, "GBP"),
            new Line("DIRECT DEBIT PAYMENT TO THAMES WATER REF 123456789", -3_800, "GBP"),
            new Line("STANDING ORDER TO J SMITH RENT", -95_000, "GBP"),
            new Line("NON-STERLING TRANSACTION FEE", -125, "GBP"),
            new Line("SEPA-LASTSCHRIFT VODAFONE GMBH Mandatsref: 1234", -3_999, "EUR"),
            new Line("Kartenzahlung girocard REWE Markt GmbH 12.04. 14:32", -4_567, "EUR"),
            new Line("PRLV SEPA EDF CLIENTS PARTICULIERS", -8_900, "EUR"),
            new Line("VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE MARS 2024", 245_000, "EUR"),
            new Line("BETAALAUTOMAAT ALBERT HEIJN 1234 AMSTERDAM", -2_310, "EUR"),
            new Line("Bizum enviado a Maria Garcia CENA", -2_000, "EUR"),
            new Line("PRELIEVO BANCOMAT MILANO", -10_000, "EUR"),
            new Line("UPI/DR/412345678901/SWIGGY/YESB/swiggy.stores@axisbank/Payment", -45_000, "INR"),
            new Line("NEFT CR-HDFC0000123-ACME TECHNOLOGIES PVT LTD-SALARY MARCH 2024-N12345", 8_500_000, "INR"),
            new Line("MMT/IMPS/412345678901/RENT/RAHUL KUMAR/HDFC BANK", -2_000_000, "INR"),
            new Line("ATW-416021XXXXXX1234-S1ANMU01-MUMBAI", -500_000, "INR"),
            new Line("ACH D- BAJAJ FINANCE LTD-1234567", -1_250_000, "INR"),
            new Line("SMS CHARGES APR-JUN24", -1_770, "INR"),
            new Line("POS 416021XXXXXX1234 APOLLO PHARMACY", -65_000, "INR"));

    private GoldenLines() {
    }
}
