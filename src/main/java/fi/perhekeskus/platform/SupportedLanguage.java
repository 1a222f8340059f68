package fi.perhekeskus.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface: Finnish first, then Swedish and English. */
public enum SupportedLanguage {
    FI, SV, EN;

    public static final SupportedLanguage DEFAULT = FI;

    public Locale locale() {
        return Locale.of(code());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SupportedLanguage> of(Locale locale) {
        if (locale == null) return Optional.empty();
        return Arrays.stream(values()).filter(l -> l.code().equals(locale.getLanguage())).findFirst();
    }
}
