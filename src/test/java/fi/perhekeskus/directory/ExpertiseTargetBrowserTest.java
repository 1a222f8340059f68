package fi.perhekeskus.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ExpertiseTargetBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorFixesAMistypedTargetAndSavesIt() {
        String code = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Selaintavoite " + code;
        jdbc.sql("""
                INSERT INTO expertise_area (code, name_fi, name_sv, name_en, target_per_30k, position)
                VALUES (:code, :name, :name, :name, 1, 998)""").param("code", code).param("name", name).update();
        login("admin", "demo");
        page.navigate("/directory/expertise-areas");
        assertAccessible(page);
        var field = page.getByLabel("Tavoite 30 000 asukasta kohden: " + name);
        field.fill("sata");
        page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name))
                .getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Tavoitteen on oltava 0–99.");
        assertThat(page.getByLabel("Tavoite 30 000 asukasta kohden: " + name)).hasAttribute("aria-invalid", "true");
        assertAccessible(page);
        page.getByLabel("Tavoite 30 000 asukasta kohden: " + name).fill("1,5");
        page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name))
                .getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tavoite tallennettiin.");
        assertThat(page.getByLabel("Tavoite 30 000 asukasta kohden: " + name)).hasValue("1.5");
        assertAccessible(page);
    }
}
