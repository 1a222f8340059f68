package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.perhekeskus.testing.BrowserTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A professional's notifications, clicked through as a person would, with axe on every page. */
class NotificationBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    final String marker = "browser-" + UUID.randomUUID();

    @Test
    void professionalMakesAChildProtectionNotificationAfterFixingAMistake() {
        login("lahityontekija", "demo");
        link("Lastensuojeluilmoitus (LSL 25 §)").click();

        assertThat(heading(1)).hasText("Lastensuojeluilmoitus");
        assertThat(page.getByRole(AriaRole.NOTE)).containsText("112");
        assertThat(page.getByLabel("Olen ammattilainen")).isChecked();
        assertThat(page.getByLabel("Lastensuojeluilmoitus", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(page.getByTestId("professional")).containsText("Liisa Lähityöntekijä");
        assertThat(page.getByLabel("Tehtävänimike")).hasValue("Varhaiskasvatuksen opettaja");
        assertAccessible(page);

        page.getByLabel("Lapsen nimi").fill("Eetu Esimerkki " + marker);
        page.getByLabel("Lapsen syntymäaika").fill("14.3.2021");
        page.getByLabel("Kunta").selectOption(new SelectOption().setLabel("Valkeakoski"));
        page.getByLabel("Puhelinnumero").fill("040 123 4567");
        button("Lähetä ilmoitus").click();

        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Korjaa seuraavat kohdat");
        assertThat(summary).isFocused();
        assertThat(summary.getByRole(AriaRole.LINK)).hasText("Kerro, mistä olet huolissasi.");
        Locator concern = page.getByLabel("Mistä olet huolissasi");
        assertThat(concern).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Lapsen nimi")).hasValue("Eetu Esimerkki " + marker);
        assertAccessible(page);

        summary.getByRole(AriaRole.LINK).click();
        assertThat(concern).isFocused();
        concern.fill("Lapsella on ollut toistuvasti mustelmia käsivarsissa. " + marker);
        button("Lähetä ilmoitus").click();

        assertThat(heading(1)).hasText("Lastensuojeluilmoitus on lähetetty");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kiitos. Ilmoituksesi on vastaanotettu.");
        assertThat(page.getByTestId("reference")).hasText(Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("seitsemäntenä arkipäivänä");
        assertAccessible(page);

        String stored = jdbc.sql("""
                SELECT n.notifier_name FROM help_notification n JOIN help_request r ON r.id = n.request_id
                WHERE r.concern LIKE :m""").param("m", "%" + marker + "%").query(String.class).single();
        org.assertj.core.api.Assertions.assertThat(stored).isEqualTo("Liisa Lähityöntekijä");
    }

    @Test
    void professionalContactsSocialServicesWhenConsentCannotBeObtained() {
        login("lahityontekija", "demo");
        link("Yhteydenotto sosiaalihuoltoon (SHL 35 §)").click();

        assertThat(heading(1)).hasText("Yhteydenotto sosiaalihuoltoon");
        assertAccessible(page);

        page.getByLabel("Henkilön tai perheenjäsenten nimet").fill("Ella ja Emma Esimerkki");
        page.getByLabel("Lapsen ikä vuosina").fill("4");
        page.getByLabel("Kunta").selectOption(new SelectOption().setLabel("Akaa"));
        page.getByLabel("Mikä on huoli tai tuen tarve").fill("Perhe tarvitsee tukea arkeen. " + marker);
        page.getByLabel("Suostumusta ei voitu saada").check();
        page.getByLabel("Puhelinnumerosi").fill("03 565 0000");
        button("Lähetä yhteydenotto").click();

        assertThat(page.getByRole(AriaRole.ALERT).getByRole(AriaRole.LINK))
                .hasText("Kerro, miksi suostumusta ei annettu tai saatu.");
        assertThat(page.getByLabel("Suostumusta ei voitu saada")).isChecked();
        assertAccessible(page);

        page.getByLabel("Miksi suostumusta ei annettu tai saatu").fill("Huoltajaa ei tavoitettu viikon aikana.");
        button("Lähetä yhteydenotto").click();

        assertThat(heading(1)).hasText("Yhteydenotto on lähetetty");
        assertThat(page.getByTestId("reference")).hasText(Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertThat(link("Tee lastensuojeluilmoitus")).isVisible();
        assertAccessible(page);

        String consent = jdbc.sql("""
                SELECT n.consent || ': ' || n.consent_reason FROM help_notification n
                JOIN help_request r ON r.id = n.request_id WHERE r.concern LIKE :m""")
                .param("m", "%" + marker + "%").query(String.class).single();
        org.assertj.core.api.Assertions.assertThat(consent)
                .isEqualTo("NOT_OBTAINABLE: Huoltajaa ei tavoitettu viikon aikana.");
    }

    @Test
    void visitorWhoSaysTheyAreAProfessionalIsAskedToLogIn() {
        page.navigate("/help/child-protection");
        assertAccessible(page);

        page.getByLabel("Olen ammattilainen").check();
        page.getByLabel("Lapsen nimi").fill("Eetu");
        page.getByLabel("Kunta").selectOption(new SelectOption().setLabel("Valkeakoski"));
        page.getByLabel("Mistä olet huolissasi").fill("Huoli " + marker);
        button("Lähetä ilmoitus").click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ammattilaisen on kirjauduttava sisään.");
        assertAccessible(page);
    }

    @AfterEach
    void removeWhatWasStored() {
        jdbc.sql("DELETE FROM help_request WHERE concern LIKE :m").param("m", "%" + marker + "%").update();
    }

    private Locator heading(int level) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level));
    }
}
