package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@PerhekeskusTest
class SecurityHeadersTest {

    /** A script element without src, i.e. inline code the CSP would block. */
    static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    /** Inline event handlers such as onclick="...". */
    static final Pattern INLINE_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/areas"})
    void pagesCarryTheSecurityHeaders(String path) {
        HttpResponse<String> page = new WebClientSession(port).get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scriptSrc = Arrays.stream(csp.split(";")).map(String::strip)
                .filter(d -> d.startsWith("script-src")).findFirst().orElseThrow();
        assertThat(scriptSrc).doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'");
        assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/areas"})
    void pagesHaveNoInlineScript(String path) {
        String html = new WebClientSession(port).get(path).body();

        assertThat(html).contains("<script");
        assertThat(INLINE_SCRIPT.matcher(html).results().map(m -> m.group())).isEmpty();
        assertThat(INLINE_HANDLER.matcher(html).results().map(m -> m.group())).isEmpty();
        assertThat(html).doesNotContainIgnoringCase("javascript:");
    }
}
