package fi.perhekeskus.platform.internal;

import fi.perhekeskus.platform.SupportedLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** {@code ?lang=sv} switches the language; a cookie keeps the choice. Finnish by default. */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    static final String COOKIE = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedOnlyLocaleResolver();
        resolver.setDefaultLocale(SupportedLanguage.DEFAULT.locale());
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Anything but fi, sv or en falls back to Finnish, so pages never render half-translated. */
    static class SupportedOnlyLocaleResolver extends CookieLocaleResolver {
        SupportedOnlyLocaleResolver() {
            super(COOKIE);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : supported(locale));
        }

        private static Locale supported(Locale locale) {
            return SupportedLanguage.of(locale).orElse(SupportedLanguage.DEFAULT).locale();
        }
    }
}
