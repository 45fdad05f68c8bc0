package dev.banksync.ml.features;

/**
 * Groups ISO 18245 merchant category codes into the families that matter for spending categories. The exact MCC
 * is a feature too; the group lets codes the training data never showed still say "restaurant" or "airline".
 */
public final class MccGroups {

    private MccGroups() {
    }

    /** The group of a four-digit MCC, or null when the text is not one. */
    public static String groupOf(String mcc) {
        if (mcc == null || mcc.length() != 4) {
            return null;
        }
        int code;
        try {
            code = Integer.parseInt(mcc);
        } catch (NumberFormatException e) {
            return null;
        }
        if (code >= 3000 && code <= 3299 || code == 4511) {
            return "AIRLINE";
        }
        if (code >= 3351 && code <= 3441 || code == 7512 || code == 7513) {
            return "CAR_RENTAL";
        }
        if (code >= 3501 && code <= 3999 || code == 7011 || code == 7012) {
            return "LODGING";
        }
        if (code >= 8011 && code <= 8099 || code == 5912 || code == 5975 || code == 5976 || code == 742) {
            return code == 5912 ? "PHARMACY" : code == 742 ? "VETERINARY" : "MEDICAL";
        }
        if (code >= 1520 && code <= 1799 || code == 7342 || code == 7349 || code == 7623 || code == 7641) {
            return "CONTRACTOR";
        }
        if (code >= 8211 && code <= 8299) {
            return "EDUCATION";
        }
        if (code >= 9211 && code <= 9402) {
            return code == 9311 ? "TAX" : code == 9402 ? "POSTAGE" : "GOVERNMENT";
        }
        return switch (code) {
            case 4111, 4112, 4131 -> "TRANSIT";
            case 4121 -> "TAXI";
            case 4784 -> "TOLL";
            case 7523 -> "PARKING";
            case 4722, 4411, 7033 -> "TRAVEL";
            case 5411, 5422, 5441, 5451, 5462, 5499 -> "GROCERY";
            case 5812 -> "RESTAURANT";
            case 5813 -> "BAR";
            case 5814 -> "FAST_FOOD";
            case 5541, 5542, 5983, 5552 -> "FUEL";
            case 5311 -> "DEPARTMENT_STORE";
            case 5310, 5331 -> "DISCOUNT_STORE";
            case 5300, 5399 -> "GENERAL_MERCHANDISE";
            case 5611, 5621, 5631, 5641, 5651, 5655, 5661, 5681, 5691, 5697, 5698, 5699, 5944, 5948 -> "CLOTHING";
            case 5045, 5732, 5734, 5946 -> "ELECTRONICS";
            case 5942, 5994 -> "BOOKS";
            case 5995 -> "PET";
            case 5940, 5941 -> "SPORTING_GOODS";
            case 5943, 5111 -> "OFFICE";
            case 5200, 5211, 5231, 5251, 5261 -> "HARDWARE";
            case 5712, 5713, 5714, 5719, 5722 -> "FURNITURE";
            case 4812, 4814 -> "TELECOM";
            case 4899 -> "CABLE";
            case 4900 -> "UTILITIES";
            case 5815, 5816, 5817, 5818 -> "DIGITAL_GOODS";
            case 7832, 7841 -> "MOVIES";
            case 7922, 7929, 7991, 7996, 7998, 7999 -> "ENTERTAINMENT";
            case 7995 -> "GAMBLING";
            case 7997, 7941 -> "CLUB";
            case 7230, 7297, 7298 -> "BEAUTY";
            case 7210, 7211, 7216 -> "LAUNDRY";
            case 6011 -> "ATM";
            case 6010, 6012, 6050, 6051, 6211, 6540 -> "FINANCIAL";
            case 4829 -> "MONEY_TRANSFER";
            case 6300, 6381, 6399, 5960 -> "INSURANCE";
            case 8351 -> "CHILDCARE";
            case 8398, 8661 -> "CHARITY";
            case 5511, 5521, 5531, 5532, 5533, 7531, 7534, 7535, 7538, 7542, 7549 -> "AUTOMOTIVE";
            case 4215 -> "POSTAGE";
            case 4225 -> "STORAGE";
            case 8111 -> "LEGAL";
            case 8931 -> "ACCOUNTING";
            case 5921 -> "LIQUOR";
            case 5993 -> "TOBACCO";
            case 5947, 5992 -> "GIFTS";
            case 6513 -> "RENT";
            default -> "RANGE_" + code / 100;
        };
    }
}
