package fi.perhekeskus.servicemap;

import java.util.Locale;

/** One text in the three languages; Finnish is required, the others fall back to it. */
public record Texts(String fi, String sv, String en) {

    public static Texts fi(String fi) {
        return new Texts(fi, null, null);
    }

    /** The text in the user's language, or in Finnish when there is no translation. */
    public String in(Locale locale) {
        return in(locale.getLanguage());
    }

    public String in(String language) {
        String text = switch (language) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return text == null || text.isBlank() ? fi : text;
    }

    /** Whether the text exists in that language itself (not by falling back to Finnish). */
    public boolean has(String language) {
        String text = switch (language) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return text != null && !text.isBlank();
    }
}
