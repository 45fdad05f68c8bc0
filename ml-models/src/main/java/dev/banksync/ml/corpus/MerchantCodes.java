package dev.banksync.ml.corpus;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** A plausible ISO 18245 merchant category code for a detailed category, for the share of lines that carry one. */
final class MerchantCodes {

    private static final Map<String, List<String>> BY_DETAILED = Map.ofEntries(
            Map.entry("FOOD_AND_DRINK_GROCERIES", List.of("5411", "5499", "5422")),
            Map.entry("FOOD_AND_DRINK_RESTAURANT", List.of("5812")),
            Map.entry("FOOD_AND_DRINK_FAST_FOOD", List.of("5814")),
            Map.entry("FOOD_AND_DRINK_COFFEE", List.of("5814", "5812", "5499")),
            Map.entry("FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR", List.of("5921", "5813")),
            Map.entry("FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK", List.of("5462", "5441")),
            Map.entry("FOOD_AND_DRINK_VENDING_MACHINES", List.of("5814", "5499")),
            Map.entry("GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", List.of("5942", "5999", "5399")),
            Map.entry("GENERAL_MERCHANDISE_SUPERSTORES", List.of("5310", "5311", "5411")),
            Map.entry("GENERAL_MERCHANDISE_DEPARTMENT_STORES", List.of("5311")),
            Map.entry("GENERAL_MERCHANDISE_DISCOUNT_STORES", List.of("5310", "5331")),
            Map.entry("GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", List.of("5651", "5691", "5661", "5944")),
            Map.entry("GENERAL_MERCHANDISE_ELECTRONICS", List.of("5732", "5045")),
            Map.entry("GENERAL_MERCHANDISE_CONVENIENCE_STORES", List.of("5499", "5993")),
            Map.entry("GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS", List.of("5942", "5994")),
            Map.entry("GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES", List.of("5947", "5992")),
            Map.entry("GENERAL_MERCHANDISE_PET_SUPPLIES", List.of("5995")),
            Map.entry("GENERAL_MERCHANDISE_SPORTING_GOODS", List.of("5941")),
            Map.entry("HOME_IMPROVEMENT_HARDWARE", List.of("5200", "5251", "5261")),
            Map.entry("HOME_IMPROVEMENT_FURNITURE", List.of("5712", "5719")),
            Map.entry("HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE", List.of("1711", "1731", "7349")),
            Map.entry("MEDICAL_PHARMACIES_AND_SUPPLEMENTS", List.of("5912")),
            Map.entry("MEDICAL_PRIMARY_CARE", List.of("8011", "8062", "8099")),
            Map.entry("MEDICAL_DENTAL_CARE", List.of("8021")),
            Map.entry("MEDICAL_EYE_CARE", List.of("8042", "8043")),
            Map.entry("MEDICAL_VETERINARY_SERVICES", List.of("0742")),
            Map.entry("PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS", List.of("7997", "7941")),
            Map.entry("PERSONAL_CARE_HAIR_AND_BEAUTY", List.of("7230", "7298")),
            Map.entry("PERSONAL_CARE_LAUNDRY_AND_DRY_CLEANING", List.of("7210", "7216")),
            Map.entry("GENERAL_SERVICES_AUTOMOTIVE", List.of("7538", "7542", "5533")),
            Map.entry("GENERAL_SERVICES_POSTAGE_AND_SHIPPING", List.of("9402", "4215")),
            Map.entry("GENERAL_SERVICES_EDUCATION", List.of("8220", "8299")),
            Map.entry("GENERAL_SERVICES_INSURANCE", List.of("6300")),
            Map.entry("GOVERNMENT_AND_NON_PROFIT_DONATIONS", List.of("8398", "8661")),
            Map.entry("GOVERNMENT_AND_NON_PROFIT_GOVERNMENT_DEPARTMENTS_AND_AGENCIES", List.of("9399", "9211")),
            Map.entry("TRANSPORTATION_GAS", List.of("5541", "5542")),
            Map.entry("TRANSPORTATION_PUBLIC_TRANSIT", List.of("4111", "4112", "4131")),
            Map.entry("TRANSPORTATION_TAXIS_AND_RIDE_SHARES", List.of("4121")),
            Map.entry("TRANSPORTATION_PARKING", List.of("7523")),
            Map.entry("TRANSPORTATION_TOLLS", List.of("4784")),
            Map.entry("TRAVEL_FLIGHTS", List.of("4511", "3000", "3005", "3026")),
            Map.entry("TRAVEL_LODGING", List.of("7011", "3501", "3640")),
            Map.entry("TRAVEL_RENTAL_CARS", List.of("7512", "3357")),
            Map.entry("TRAVEL_OTHER_TRAVEL", List.of("4722")),
            Map.entry("ENTERTAINMENT_TV_AND_MOVIES", List.of("4899", "7832", "5815")),
            Map.entry("ENTERTAINMENT_MUSIC_AND_AUDIO", List.of("5815", "5735")),
            Map.entry("ENTERTAINMENT_VIDEO_GAMES", List.of("5816")),
            Map.entry("ENTERTAINMENT_CASINOS_AND_GAMBLING", List.of("7995")),
            Map.entry("ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS", List.of("7996", "7991", "7922")),
            Map.entry("RENT_AND_UTILITIES_TELEPHONE", List.of("4814", "4812")),
            Map.entry("RENT_AND_UTILITIES_INTERNET_AND_CABLE", List.of("4899", "4816")),
            Map.entry("RENT_AND_UTILITIES_GAS_AND_ELECTRICITY", List.of("4900")),
            Map.entry("RENT_AND_UTILITIES_WATER", List.of("4900")));

    private MerchantCodes() {
    }

    /** A code for the category, or null when card networks have none for it. */
    static String of(String detailed, RandomGenerator random) {
        List<String> codes = BY_DETAILED.get(detailed);
        return codes == null ? null : codes.get(random.nextInt(codes.size()));
    }
}
