package fi.perhekeskus.help.internal.family;

import fi.perhekeskus.platform.SupportedLanguage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.util.WebUtils;

/**
 * The language of an API caller's messages: an explicit choice (?lang= or the language cookie)
 * first, then Accept-Language, then Finnish. Pages ignore Accept-Language on purpose (the site's
 * language is chosen on the site); API clients have no other way to ask.
 */
final class CallerLanguage {

    private CallerLanguage() {}

    static Locale of(HttpServletRequest request) {
        if (request.getParameter("lang") != null || WebUtils.getCookie(request, "lang") != null) {
            return LocaleContextHolder.getLocale();
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                var supported = SupportedLanguage.of(locale);
                if (supported.isPresent()) return supported.get().locale();
            }
        }
        return SupportedLanguage.DEFAULT.locale();
    }
}
