package fi.perhekeskus.help;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An on-call worker records a phone call: a mistake first, then the call joins the queue assessed and taken. */
class RecordContactBrowserTest extends BrowserTest {

    @Test
    void theWorkerRecordsACallAfterFixingAMistake() {
        String concern = "Äiti soitti: vauva itkee öisin, perhe väsynyt " + UUID.randomUUID();
        login("ohjaaja", "demo");
        menuLink("Päivystysjono").click();
        link("Kirjaa puhelu tai käynti").click();
        assertAccessible(page);

        page.getByLabel("Mistä perhe on huolissaan (perheen omin sanoin)").fill(concern);
        page.getByLabel("Lasten iät").fill("0, kaksi");
        button("Tallenna yhteydenotto").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Anna iät numeroina 0–17");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Valitse kiireellisyys.");
        assertAccessible(page);

        page.getByLabel("Lasten iät").fill("0");
        page.getByLabel("Kunta ja perhekeskusalue").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Akaa"));
        page.getByLabel("Puhelinnumero tai sähköpostiosoite").fill("040 111 2222");
        page.getByLabel("Kiireellinen", new Page.GetByLabelOptions().setExact(true)).check();
        button("Tallenna yhteydenotto").click();

        assertThat(page.getByTestId("concern")).hasText(concern);
        assertThat(page.getByTestId("urgency")).containsText("Kiireellinen (arvioitu");
        assertThat(page.getByTestId("assigned")).hasText("Olli Ohjaaja");
        assertThat(page.getByTestId("responsible")).hasText("Olli Ohjaaja");
        assertAccessible(page);
    }
}
