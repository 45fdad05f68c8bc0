package dev.banksync.ml.merchant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known token sequences (merchant aliases, channel phrases, place names) in a token list, longest first.
 * Indexed by first token so a lookup costs one hash probe per position, whatever the number of phrases.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseIndex<V> {

    /** A phrase found at {@code start} covering {@code length} tokens. */
    public record Match<V>(int start, int length, V value) {
        public int end() {
            return start + length;
        }
    }

    private record Phrase<V>(String[] tokens, V value) {
    }

    private final Map<String, List<Phrase<V>>> byFirstToken = new HashMap<>();

    /**
     * Adds a phrase; returns the value already stored for exactly these tokens, or null. Callers decide whether a
     * clash is an error (the merchant knowledge base says so, naming the line).
     */
    public V add(List<String> tokens, V value) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty phrase for " + value);
        }
        List<Phrase<V>> bucket = byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>(2));
        String[] array = tokens.toArray(String[]::new);
        for (Phrase<V> existing : bucket) {
            if (java.util.Arrays.equals(existing.tokens, array)) {
                return existing.value;
            }
        }
        bucket.add(new Phrase<>(array, value));
        return null;
    }

    /** The longest phrase starting exactly at {@code start}, or null. */
    public Match<V> matchAt(List<String> tokens, int start) {
        List<Phrase<V>> bucket = byFirstToken.get(tokens.get(start));
        if (bucket == null) {
            return null;
        }
        Phrase<V> best = null;
        for (Phrase<V> phrase : bucket) {
            if ((best == null || phrase.tokens.length > best.tokens.length) && matches(phrase.tokens, tokens, start)) {
                best = phrase;
            }
        }
        return best == null ? null : new Match<>(start, best.tokens.length, best.value);
    }

    /** The longest phrase anywhere in the tokens (the earliest one on a tie), or null. */
    public Match<V> findLongest(List<String> tokens) {
        Match<V> best = null;
        for (int i = 0; i < tokens.size(); i++) {
            Match<V> m = matchAt(tokens, i);
            if (m != null && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    private static boolean matches(String[] phrase, List<String> tokens, int start) {
        if (start + phrase.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!phrase[i].equals(tokens.get(start + i))) {
                return false;
            }
        }
        return true;
    }
}
