package fi.perhekeskus.consultation.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds details in a question that may identify a client: Finnish personal identity codes, full names
 * and street addresses. A consultation is anonymous by default (seed 002: "ilman asiakassuhdetta"),
 * so the asker is warned before sending. Names and addresses are heuristics and may be confirmed as
 * false alarms; an identity code with a valid check character is never accepted.
 */
final class IdentifyingDetails {

    public enum Kind { IDENTITY_CODE, NAME, ADDRESS }

    public record Finding(Kind kind, String text) {}

    // Century signs: + 1800s; - Y X W V U 1900s; A B C D E F 2000s (the new signs from 2023).
    private static final Pattern IDENTITY_CODE = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{2})(\\d{2})(\\d{2})([-+ABCDEFYXWVU])(\\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])");
    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private static final String CAPITALISED = "[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?";
    private static final Pattern TWO_CAPITALISED = Pattern.compile(
            "(?<![\\p{L}])(" + CAPITALISED + ")(?=\\s+(" + CAPITALISED + ")(?![\\p{L}]))");
    private static final Pattern NAMED = Pattern.compile(
            "(?iu)\\b(?:nimeltään|nimeltä|nimeltänsä|nimeltäni|niminen)\\s+(" + CAPITALISED + "(?:\\s+" + CAPITALISED + ")?)");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{L}])[A-ZÅÄÖ][\\p{L}-]*(?:katu|tie|kuja|polku|rinne|tori)\\s+\\d{1,4}(?:\\s?[a-zA-Z](?!\\p{L})(?:\\s*\\d{1,3})?)?(?!\\d)");

    /** Common Finnish first names (DVV's most given names); a heuristic, not a register. */
    private static final Set<String> FIRST_NAMES = Set.of(
            "aada", "aino", "aleksi", "alisa", "amanda", "anna", "antti", "aleksanteri", "eetu", "eino", "elias",
            "ella", "ellen", "elsa", "emma", "emilia", "ilona", "iida", "isla", "jenna", "joel", "johanna", "jouni",
            "juho", "julia", "juuso", "kalle", "lauri", "leevi", "lilja", "linnea", "lotta", "luka", "maria", "matias",
            "matti", "mikko", "milla", "minea", "nella", "niilo", "noel", "olivia", "oliver", "onni", "oona", "otto",
            "pekka", "pihla", "sara", "sofia", "sanni", "santeri", "tuomas", "veeti", "vilja", "väinö", "eveliina",
            "venla", "ville", "viljami", "eemeli", "rasmus", "helmi", "hilla", "iiris", "kerttu", "lumi", "jukka");

    private IdentifyingDetails() {}

    static List<Finding> find(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<Located> found = new ArrayList<>();
        Matcher m = IDENTITY_CODE.matcher(text);
        while (m.find()) {
            if (validIdentityCode(m.group())) found.add(new Located(m.start(), Kind.IDENTITY_CODE, m.group()));
        }
        m = NAMED.matcher(text);
        while (m.find()) found.add(new Located(m.start(1), Kind.NAME, m.group(1)));
        m = TWO_CAPITALISED.matcher(text);
        while (m.find()) {
            if (FIRST_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                found.add(new Located(m.start(), Kind.NAME, text.substring(m.start(1), m.end(2))));
            }
        }
        m = ADDRESS.matcher(text);
        while (m.find()) found.add(new Located(m.start(), Kind.ADDRESS, m.group().strip()));
        return found.stream().sorted(Comparator.comparingInt(Located::at))
                .map(l -> new Finding(l.kind(), l.text())).distinct().toList();
    }

    static boolean hasIdentityCode(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.kind() == Kind.IDENTITY_CODE);
    }

    /** Day and month plausible for the century, and the check character (DDMMYYZZZ mod 31) right. */
    static boolean validIdentityCode(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        if (c.length() != 11) return false;
        int century = switch (c.charAt(6)) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> -1;
        };
        if (century < 0) return false;
        try {
            LocalDate.of(century + Integer.parseInt(c.substring(4, 6)), Integer.parseInt(c.substring(2, 4)),
                    Integer.parseInt(c.substring(0, 2)));
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
        long number = Long.parseLong(c.substring(0, 6) + c.substring(7, 10));
        return CHECK_CHARACTERS.charAt((int) (number % 31)) == c.charAt(10);
    }

    private record Located(int at, Kind kind, String text) {}
}
