package dev.banksync.ml.merchant;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cities, US states, Indian states and countries that card descriptors append after the merchant
 * ("BLUE BOTTLE SAN FRANCISCO CA", "TESCO STORES LONDON GB"), shipped as {@code places.csv}. The city slot of an
 * online merchant's descriptor holds a web address ("HELP.UBER.COM"), so a few of those are listed too.
 */
final class Places {

    private static final int LONGEST_PLACE = 4;
    private final Set<String> places = new HashSet<>();
    /** The last word of every place: most payees end in none, and then no candidate needs to be joined. */
    private final Set<String> lastWords = new HashSet<>();

    Places() {
        for (ResourceTables.Row row : ResourceTables.read("places.csv", "place", "kind")) {
            List<String> tokens = Tokenizer.split(TextFolding.fold(row.key()));
            places.add(String.join(" ", tokens));
            if (!tokens.isEmpty()) {
                lastWords.add(tokens.get(tokens.size() - 1));
            }
        }
    }

    /**
     * How many tokens at the end of {@code tokens[from, to)} name places, stripping repeatedly ("SAN FRANCISCO CA
     * US"), but always leaving at least one token before them.
     */
    int trailingPlaceTokens(List<String> tokens, int from, int to) {
        int end = to;
        boolean stripped = true;
        while (stripped && end > from + 1 && lastWords.contains(tokens.get(end - 1))) {
            stripped = false;
            for (int k = Math.min(LONGEST_PLACE, end - from - 1); k >= 1; k--) {
                if (places.contains(String.join(" ", tokens.subList(end - k, end)))) {
                    end -= k;
                    stripped = true;
                    break;
                }
            }
        }
        return to - end;
    }
}
