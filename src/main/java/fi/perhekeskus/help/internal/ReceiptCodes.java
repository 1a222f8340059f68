package fi.perhekeskus.help.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 60 bits
 * of randomness, so a code cannot be guessed; shown as {@code ABCD-EFGH-JKMN}.
 */
public final class ReceiptCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 12;

    private ReceiptCodes() {}

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) code.append('-');
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, from what a person typed (spaces, dashes and case ignored); empty when it cannot be one. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) return Optional.empty();
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8));
    }
}
