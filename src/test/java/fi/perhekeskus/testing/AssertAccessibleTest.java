package fi.perhekeskus.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checker itself: a page with known WCAG violations must fail, naming rule, impact and target. */
class AssertAccessibleTest extends BrowserTest {

    @Test
    void failsListingEachViolation() {
        page.setContent("<!DOCTYPE html><html><head><title>x</title></head><body><main>"
                + "<img src=\"data:,\" id=\"kuva\"><input id=\"nimi\" type=\"text\"></main></body></html>");

        assertThatThrownBy(() -> assertAccessible(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("html-has-lang [serious]")
                .hasMessageContaining("image-alt [critical] [#kuva]")
                .hasMessageContaining("label [critical] [#nimi]");
    }

    /** axe-core runs on the application's own pages too, despite their strict Content-Security-Policy. */
    @Test
    void runsUnderTheApplicationsContentSecurityPolicy() {
        page.navigate("/");
        assertAccessible(page);

        page.evaluate("() => document.querySelector('main').append(Object.assign(document.createElement('input'), {id: 'nimeton'}))");

        assertThatThrownBy(() -> assertAccessible(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("label [critical] [#nimeton]");
    }
}
