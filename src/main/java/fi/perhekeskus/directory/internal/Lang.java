package fi.perhekeskus.directory.internal;

import fi.perhekeskus.platform.SupportedLanguage;
import java.util.Locale;

/** The language code used to pick name_fi / name_sv / name_en columns in SQL. */
final class Lang {

    private Lang() {}

    static String of(Locale locale) {
        return SupportedLanguage.of(locale).orElse(SupportedLanguage.DEFAULT).code();
    }

    /** SQL expression picking the name column of {@code alias} in the language bound as {@code :lang}. */
    static String name(String alias) {
        return "CASE :lang WHEN 'sv' THEN " + alias + ".name_sv WHEN 'en' THEN " + alias + ".name_en ELSE "
                + alias + ".name_fi END";
    }
}
