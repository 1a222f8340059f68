package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AreaBrowserTest extends BrowserTest {

    static final String AREA = "Valkeakoski–Akaa–Urjala";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneCanBrowseRegionsAndAreas() {
        page.navigate("/");
        menuLink("Perhekeskusalueet").click();

        assertThat(heading(1)).hasText("Perhekeskusalueet");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pirkanmaa").setLevel(2)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Päijät-Häme").setLevel(2)))
                .isVisible();
        assertAccessible(page);

        link(AREA).click();

        assertThat(heading(1)).hasText(AREA);
        assertThat(page.getByTestId("population")).hasText(Pattern.compile("42\\s734"));
        assertThat(page.getByTestId("children")).hasText(Pattern.compile("8\\s746"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Kaisa Koordinaattori");
        assertThat(link("Muokkaa alueen tietoja")).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void coordinatorFixesAnInvalidValueAndSaves() {
        login("koordinaattori", "demo");
        menuLink("Perhekeskusalueet").click();
        link(AREA).click();
        link("Muokkaa alueen tietoja").click();

        assertThat(heading(1)).hasText("Muokkaa aluetta " + AREA);
        assertThat(page.getByLabel("Alueen nimi")).hasValue(AREA);
        assertAccessible(page);

        Locator children = page.getByLabel("Lasten määrä");
        children.fill("50000");
        button("Tallenna").click();

        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Korjaa seuraavat kohdat");
        assertThat(summary).isFocused();
        assertThat(summary.getByRole(AriaRole.LINK)).hasText("Lapsia ei voi olla enemmän kuin asukkaita.");
        assertThat(children).hasAttribute("aria-invalid", "true");
        assertThat(children).hasAccessibleDescription("Lapsia ei voi olla enemmän kuin asukkaita.");
        assertThat(children).hasValue("50000");
        assertAccessible(page);

        summary.getByRole(AriaRole.LINK).click();
        assertThat(children).isFocused();

        children.fill("8747");
        button("Tallenna").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Alueen tiedot tallennettiin.");
        assertThat(heading(1)).hasText(AREA);
        assertThat(page.getByTestId("children")).hasText(Pattern.compile("8\\s747"));
        assertAccessible(page);

        // put the demo value back through the same form
        link("Muokkaa alueen tietoja").click();
        page.getByLabel("Lasten määrä").fill("8746");
        button("Tallenna").click();
        assertThat(page.getByTestId("children")).hasText(Pattern.compile("8\\s746"));
    }

    /** Other test classes share the database: whatever happened above, the demo figures are back. */
    @AfterEach
    void restoreDemoFigures() {
        jdbc.sql("""
                UPDATE family_centre_area SET population = 42734, children = 8746
                WHERE name = :name AND (population <> 42734 OR children <> 8746)""")
                .param("name", AREA).update();
    }

    private Locator heading(int level) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level));
    }
}
