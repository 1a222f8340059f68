package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import fi.perhekeskus.testing.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Swagger UI works under our strict Content Security Policy, which we keep as it is: the
 * only thing it blocks there is the inline style that colours Swagger's own logo (ADR 0009).
 */
class SwaggerUiBrowserTest extends BrowserTest {

    /** SHA-256 of ".logo_small_svg__cls-2{fill:#fff}.logo_small_svg__cls-3{fill:#85ea2d}" in Swagger UI's logo. */
    static final String SWAGGER_LOGO_STYLE = "sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=";

    @Test
    void swaggerUiListsTheApisAndCspBlocksNothingButTheLogoColours() {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) errors.add(message.text());
        });

        page.navigate(baseUrl() + "/swagger-ui.html");

        page.locator(".opblock-summary-path").first().waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        assertThat(page.locator(".opblock-summary-path").allTextContents())
                .contains("/api/v1/services", "/api/v1/imports/ptv", "/api/hsds/services");
        assertThat(errors).as("console errors")
                .filteredOn(e -> e.contains("Content Security Policy"))
                .allMatch(e -> e.contains(SWAGGER_LOGO_STYLE));
    }
}
