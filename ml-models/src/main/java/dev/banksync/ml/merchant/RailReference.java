package dev.banksync.ml.merchant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the payee inside Indian payment-rail references, whose fields are separated by slashes, dashes or stars
 * and mix codes, reference numbers, IFSC codes, bank names and UPI addresses with the one field that names the
 * other side: "UPI/DR/412345678901/SWIGGY/YESB/swiggy.stores@axisbank/Payment",
 * "UPI-ZOMATO LTD-ZOMATO@HDFCBANK-HDFC0000001-412345678901-UPI", "NEFT CR-HDFC0000123-ACME PVT LTD-SALARY-N12345",
 * "MMT/IMPS/412345678901/RENT/RAHUL KUMAR/HDFC BANK", "ACH D- BAJAJ FINANCE LTD-1234567".
 */
final class RailReference {

    /** The payee field, the other free-text fields, and the words of a UPI address's user part. */
    record Parts(PaymentChannel channel, String payee, List<String> remarks, String handle) {
    }

    private static final Pattern RAIL_START = Pattern.compile(
            "^(?:(?:TO|BY) TRANSFER\\s*-\\s*|REV\\s*-\\s*)?(UPI|UPIOUT|UPIIN|IMPS|MMT|NEFT|RTGS|NACH|ACH|INF|BIL|VIN|VPS|IPS)"
                    + "(?:\\s*(?:CR|DR|C|D))?\\s*[-/*:]");
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*[/*]\\s*|\\s*-\\s*");
    /** ICICI puts the remark before the name ("MMT/IMPS/ref/RENT/RAHUL KUMAR/BANK", "UPI/ref/DINNER/vpa/BANK"). */
    private static final Pattern REMARK_FIRST = Pattern.compile("^(MMT\\s*/\\s*IMPS|UPI\\s*/\\s*\\d{6,})\\s*/");
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> CODES = Set.of("UPI", "UPIOUT", "UPIIN", "DR", "CR", "D", "C", "P2A", "P2M",
            "P2P", "IMPS", "MMT", "NEFT", "RTGS", "NACH", "ACH", "INF", "INFT", "BIL", "ONL", "BPAY", "VIN", "VPS",
            "IPS", "TO TRANSFER", "BY TRANSFER", "REV", "NA", "N A", "NOT AVAILABLE", "IB", "NEFT CR", "NEFT DR",
            "RTGS CR", "RTGS DR", "ACH D", "ACH C", "UPI DR", "UPI CR");
    private static final Set<String> BANKS = Set.of("YESB", "SBIN", "HDFC", "ICIC", "UTIB", "KKBK", "PUNB", "BARB",
            "CNRB", "UBIN", "IDIB", "IOBA", "INDB", "FDRL", "PYTM", "AIRP", "IDFB", "SBI", "ICICI", "AXIS", "KOTAK",
            "YES BANK", "YES BANK LIMITED", "YES BANK LTD", "HDFC BANK", "HDFC BANK LTD", "HDFC BANK LIMITED",
            "STATE BANK OF INDIA", "ICICI BANK", "ICICI BANK LTD", "ICICI BANK LIMITED", "AXIS BANK", "AXIS BANK LTD",
            "KOTAK MAHINDRA BANK", "KOTAK BANK", "PAYTM PAYMENTS BANK", "PUNJAB NATIONAL BANK", "BANK OF BARODA",
            "CANARA BANK", "UNION BANK OF INDIA", "IDFC FIRST BANK", "INDUSIND BANK", "FEDERAL BANK",
            "AIRTEL PAYMENTS BANK", "INDIAN BANK", "BANK OF INDIA");
    private static final Set<String> EMPTY_REMARKS = Set.of("PAYMENT", "PAY", "UPI", "PAYMENT FROM PHONE",
            "PAYMENT FROM PH", "PAYMENT FROM PHONEPE", "SENT USING PAYTM UPI", "SENT FROM PAYTM", "NO REMARKS",
            "COLLECT REQUEST", "PAY TO", "PAYMENT TO", "PAID VIA CRED", "UPI PAYMENT", "GPAY", "PHONEPE", "PAYTM");

    private RailReference() {
    }

    /** Splits a rail reference into its parts, or returns null when the text is not one. */
    static Parts parse(String folded) {
        var start = RAIL_START.matcher(folded);
        if (!start.lookingAt()) { // anchored: find() would retry the pattern at every later position
            return null;
        }
        PaymentChannel channel = channelOf(start.group(1), folded);
        String handle = null;
        List<String> named = new ArrayList<>(3);
        for (String raw : FIELD_SEPARATOR.split(folded)) {
            String field = SPACES.matcher(raw.trim()).replaceAll(" ");
            if (field.isEmpty() || CODES.contains(field) || BANKS.contains(field)) {
                continue;
            }
            if (field.indexOf('@') >= 0) {
                handle = handle == null ? field.substring(0, field.indexOf('@')) : handle;
                continue;
            }
            if (countDigits(field) >= 4 || IFSC.matcher(field).matches() || EMPTY_REMARKS.contains(field)) {
                continue;
            }
            named.add(field);
        }
        var remarkFirst = REMARK_FIRST.matcher(folded);
        if (remarkFirst.find()) {
            boolean upi = remarkFirst.group(1).startsWith("UPI");
            String payee = upi || named.isEmpty() ? null : named.remove(named.size() - 1);
            return new Parts(channel, payee, named, handle);
        }
        String payee = named.isEmpty() ? null : named.remove(0);
        return new Parts(channel, payee, named, handle);
    }

    private static PaymentChannel channelOf(String code, String folded) {
        return switch (code) {
            case "UPI", "UPIOUT", "UPIIN" -> PaymentChannel.UPI;
            case "IMPS", "MMT" -> PaymentChannel.IMPS;
            case "NEFT", "RTGS" -> PaymentChannel.NEFT_RTGS;
            case "NACH" -> PaymentChannel.DIRECT_DEBIT;
            case "ACH" -> folded.startsWith("ACH C") ? PaymentChannel.CREDIT_TRANSFER : PaymentChannel.DIRECT_DEBIT;
            case "VIN", "VPS", "IPS" -> PaymentChannel.CARD;
            default -> PaymentChannel.CREDIT_TRANSFER;
        };
    }

    private static int countDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
