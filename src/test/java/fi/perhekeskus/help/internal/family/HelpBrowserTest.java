package fi.perhekeskus.help.internal.family;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.BrowserTest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A parent asks for help from a public page, makes a mistake, sends, reloads and later reads the status. */
class HelpBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aParentAsksForHelpFixesAMistakeKeepsTheCodeAndReadsTheStatusLater() {
        page.navigate("/areas");
        link("Pyydä apua").click();
        assertThat(page.locator("h1")).hasText("Pyydä apua");
        assertThat(page.getByText("Hätätilanteessa soita 112")).isVisible();
        assertAccessible(page);

        page.getByLabel("Lasten iät").fill("4, 9");
        page.getByLabel("Kunta tai alue").selectOption("Nokia");
        page.getByLabel("Vanhemmuus ja kasvatus").check();
        page.getByLabel("Puhelimella").check();
        page.getByLabel("Puhelinnumero (jos valitsit puhelimen)").fill("040 123 4567");
        button("Lähetä").click();

        var summary = page.locator("#error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).isFocused();
        assertThat(summary.getByRole(com.microsoft.playwright.options.AriaRole.LINK))
                .hasText(text("fi", "help.family.error.concern.required"));
        assertThat(page.getByLabel("Lasten iät")).hasValue("4, 9");
        assertAccessible(page);

        summary.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        String concern = HelpApiClient.marker() + " Lapsi ei nuku ja väsyttää koko perhettä.";
        page.getByLabel("Kerro omin sanoin, mihin tarvitsette apua").fill(concern);
        button("Lähetä").click();

        assertThat(page.locator("h1")).hasText("Kiitos, viestisi on vastaanotettu");
        String code = page.getByTestId("receipt-code").textContent().strip();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(page.getByTestId("receipt-status")).hasText("Vastaanotettu, odottaa käsittelyä");
        assertAccessible(page);

        page.reload();
        assertThat(page.getByTestId("receipt-code")).hasText(code);
        assertThat(jdbc.sql("SELECT count(*) FROM help_request WHERE concern = :c").param("c", concern)
                .query(Integer.class).single()).isEqualTo(1);

        link("Tarkista pyyntösi tilanne kuittikoodilla").click();
        page.getByLabel("Kuittikoodi").fill("ABCD-EFGH-JKMN");
        button("Näytä tilanne").click();
        assertThat(page.getByText("Koodilla ei löytynyt pyyntöä")).isVisible();
        assertAccessible(page);

        page.getByLabel("Kuittikoodi").fill(code.toLowerCase());
        button("Näytä tilanne").click();
        assertThat(page.getByTestId("receipt-code")).hasText(code);
        assertThat(page.getByTestId("receipt-status")).hasText("Vastaanotettu, odottaa käsittelyä");
        assertAccessible(page);
    }

    @Test
    void inEnglishAnAnonymousQuestionIsAnsweredOnTheReceiptPage() {
        page.navigate("/services?lang=en");
        link("Ask for help").click();
        assertThat(page.getByText("In an emergency, call 112")).isVisible();

        String concern = HelpApiClient.marker() + " How do I talk with my teenager about <b>school</b>?";
        page.getByLabel("Ages of the children").fill("15");
        page.getByLabel("Tell us in your own words what you need help with").fill(concern);
        page.getByLabel("Municipality or area").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Tampere – Hervanta–Vuores"));
        page.getByLabel("In which language would you like the answer?").selectOption("en");
        page.getByLabel("No contact: I ask anonymously and read the answer on the receipt page").check();
        button("Send").click();

        String code = page.getByTestId("receipt-code").textContent().strip();
        assertAccessible(page);
        jdbc.sql("UPDATE help_request SET status = 'ANSWERED', answer = :a, answered_at = now() WHERE receipt_code = :c")
                .param("a", "Talk when things are calm. <script>alert(1)</script>").param("c", code).update();

        page.navigate("/help/receipt");
        page.getByLabel("Receipt code").fill(code);
        button("Show the status").click();
        assertThat(page.getByTestId("receipt-status")).hasText("Answered");
        assertThat(page.getByTestId("receipt-answer")).hasText("Talk when things are calm. <script>alert(1)</script>");
        assertThat(page.locator("main script")).hasCount(0);
        assertAccessible(page);
        assertThat(jdbc.sql("SELECT family_centre_area_id IS NOT NULL FROM help_request WHERE receipt_code = :c")
                .param("c", code).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theFormAndTheReceiptPageFitASmallScreen() {
        page.setViewportSize(320, 640);
        for (String path : new String[] {"/help", "/help?lang=sv", "/help/receipt?lang=en"}) {
            page.navigate(path);
            @SuppressWarnings("unchecked")
            var widths = (java.util.List<Integer>) page.evaluate(
                    "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            assertThat(widths.get(0)).as("scrollWidth of %s at 320px", path).isLessThanOrEqualTo(widths.get(1));
        }
        page.navigate("/help");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.locator("a.help-button")).isFocused();
    }

    static String text(String lang, String key) {
        String file = "/i18n/help-family" + ("fi".equals(lang) ? "" : "_" + lang) + ".properties";
        try (var in = HelpBrowserTest.class.getResourceAsStream(file)) {
            var props = new Properties();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return props.getProperty(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
