package dev.banksync.ml.merchant;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Words that surround a payee in statement text but never belong to its name. */
final class PayeeWords {

    /** Connectors that may precede the payee ("CARD PAYMENT TO", "BIZUM A", "OVERBOEKING NAAR"). */
    static final Set<String> LEADING = words("TO", "FROM", "AT", "DE", "A", "DI", "DA", "VAN", "NAAR", "AN", "VON",
            "PAR", "POR", "PER", "FOR", "FAVOR", "FAVORE", "BY", "PAYMENT", "PMT", "PYMT", "BILL", "ONLINE", "MOBILE",
            "INTERNET", "SEPA", "DEBIT", "CREDIT", "SENT", "RECEIVED", "RECU", "EMIS", "INST", "MONEY", "THE");

    /** Words after which the payee has ended: references, descriptor keys, dates' connectors. */
    static final Set<String> TERMINATING = words("ON", "REF", "REFERENCE", "DES", "ID", "INDN", "ORIG", "IND",
            "SEC", "TRACE", "EED", "MANDATSREF", "MANDATSREFERENZ", "MANDAT", "MANDATE", "GLAUBIGER", "GLAEUBIGER",
            "CRED", "EREF", "MREF", "KREF", "SVWZ", "ABWA", "IBAN", "BIC", "KARTE", "KARTENNR", "NR", "MACHTIGING",
            "KENMERK", "OMSCHRIJVING", "INCASSANT", "TERMINAL", "PASNR", "TRANSACTIE", "VIA", "RATE", "FX", "CARD",
            "AUTH", "APPROVAL", "DATE", "VALUE", "VAL", "PDT", "MOTIF", "CONCEPTO", "CAUSALE", "VERWENDUNGSZWECK",
            "END", "E2E", "TEL", "PHONE", "FECHA", "DATA", "UMR", "RRN", "TXN", "CUSTOMER", "ACCOUNT", "ACCT", "BAL",
            "FOLGENR", "VERFALLD", "ORIGINAL", "PAN");

    /**
     * What the money was for, written next to the payer's name ("GEHALT ACME GMBH", "EMPLOYER SAS SALAIRE",
     * "J SMITH RENT"): skipped before the payee, and closing it after.
     */
    static final Set<String> PURPOSE = words("SALARY", "SAL", "SALARIES", "PAYROLL", "WAGES", "GEHALT", "LOHN",
            "BEZUEGE", "SALAIRE", "SALARIS", "LOON", "NOMINA", "STIPENDIO", "RENT", "MIETE", "LOYER", "HUUR",
            "ALQUILER", "AFFITTO", "REFUND", "ERSTATTUNG", "REMBOURSEMENT", "RIMBORSO", "DEVOLUCION", "INVOICE",
            "RECHNUNG", "FACTURE", "FACTUUR", "FACTURA", "FATTURA");

    /** Keys after which the payee's name follows ("ORIG CO NAME:ACME", "NAAM: ZIGGO", "NAME: ..."). */
    static final Set<String> NAME_KEYS = words("NAME", "NAAM", "BENEFICIARY", "BENEFICIARIO", "EMPFANGER",
            "EMPFAENGER", "AUFTRAGGEBER", "ORDENANTE", "BENEFICIAIRE", "PAYEE", "PAYER", "REMITTER");

    /** Legal-form suffixes, dropped from the display name and the merchant key. */
    static final Set<String> LEGAL_FORMS = words("LTD", "LIMITED", "PLC", "INC", "LLC", "LLP", "CORP", "CORPORATION",
            "GMBH", "AG", "KG", "SE", "SA", "SAS", "SARL", "SNC", "SL", "SLU", "SPA", "SRL", "BV", "NV", "PVT",
            "PRIVATE", "CO", "CIE", "OHG", "EG", "EV", "UG", "DAC", "OY", "AB", "AS", "MBH", "GESMBH");

    private PayeeWords() {
    }

    /**
     * A hash set rather than {@code Set.of}: these are asked about every word of every statement line, and the
     * immutable sets' probing (a division per lookup) cost a few per cent of a prediction.
     */
    private static Set<String> words(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }
}
