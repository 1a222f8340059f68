package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** The coordinator's overview pages of the key person network and consultations, with axe on each. */
class CoordinatorOverviewBrowserTest extends BrowserTest {

    private void heading(String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(text);
    }

    @Test
    void coordinatorOpensANetworkTheTrainingRegisterAndConsultationOverviews() {
        login("koordinaattori", "demo");
        menuLink("Kattavuus").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neuropsykiatrinen tuki (nepsy)")).first().click();
        heading("Avainhenkilöverkosto: Neuropsykiatrinen tuki (nepsy)");
        assertAccessible(page);

        page.navigate("/directory/training");
        heading("Koulutusrekisteri");
        assertAccessible(page);

        page.navigate("/consultations/statistics");
        heading("Konsultaatiotilastot");
        assertAccessible(page);

        menuLink("Konsultaatiot").click();
        link("Myöhässä olevat").click();
        heading("Myöhässä olevat");
        assertAccessible(page);
    }
}
