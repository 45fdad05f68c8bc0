package dev.banksync.ml.merchant;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text ({@link TextFolding}) into tokens of letters, digits and {@code &}. Every other character
 * separates. {@code &} stays inside a token only between two letters or digits ("M&S", "AT&T", "PG&E"), so
 * "STOP & SHOP" and "STOP&SHOP" are different token lists but "MARKS & SPENCER" loses its lone ampersand.
 * A UPI address's domain ("SWIGGY.STORES@AXISBANK") names only the payment app, so it is dropped.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<String> split(String folded) {
        List<String> tokens = new ArrayList<>(12);
        int n = folded.length();
        int start = -1;
        boolean afterAt = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? folded.charAt(i) : ' ';
            boolean alnum = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            boolean innerAmpersand = c == '&' && start >= 0 && i + 1 < n && isAlnum(folded.charAt(i + 1));
            if (alnum || innerAmpersand) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0 && !afterAt) {
                tokens.add(folded.substring(start, i));
            }
            start = -1;
            if (c == '@') {
                afterAt = true;
            } else if (c != '.' && c != '-' && c != '_') {
                afterAt = false; // a domain runs over dots and dashes until a space or slash ends it
            }
        }
        return tokens;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
