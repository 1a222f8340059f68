package fi.perhekeskus.servicemap.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.testing.BrowserTest;
import fi.perhekeskus.testing.DemoAreas;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A parent looks for help in the service map, as a person would, on accessible pages. */
class ServiceMapBrowserTest extends BrowserTest {

    static final String AREA = "Valkeakoski–Akaa–Urjala";

    @Autowired
    ServiceMapFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    String word;
    PlaceId cafe;

    @BeforeEach
    void entries() {
        word = ServiceMapFixtures.unique("kannel");
        UUID area = UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA);
        OrganisationId mll = fixtures.organisation("Yhdistys " + word, OrganisationType.NGO);
        cafe = fixtures.place(mll, "Perhekahvila " + word, PlaceKind.MEETING_PLACE, area, true);
        fixtures.service(mll, "Eroneuvonta " + word, "Tukea eron keskellä oleville " + word + "-vanhemmille", area,
                List.of(cafe), true);
        assessment(cafe, LocalDate.of(2025, 10, 1), "NOT_MET");
        assessment(cafe, LocalDate.of(2026, 10, 1), "MET");
    }

    @Test
    void parentSearchesFiltersAndOpensTheServiceAndItsMeetingPlace() {
        page.navigate("/");
        menuLink("Palvelukartta").click();
        assertThat(heading(1)).hasText("Palvelukartta");
        assertAccessible(page);

        // The meeting places have their own list, reached from the search page.
        link("Katso myös kohtaamispaikat: perhekahvilat, perhetalot ja muut paikat, joihin voi tulla ilman ajanvarausta").click();
        assertThat(heading(1)).hasText("Kohtaamispaikat");
        page.getByLabel("Mitä etsit?").fill(word);
        button("Hae").click();
        assertThat(link("Perhekahvila " + word)).isVisible();
        assertAccessible(page);
        menuLink("Palvelukartta").click();

        page.getByLabel("Mitä etsit?").fill(word + " eroon");
        button("Hae").click();

        assertThat(page.getByTestId("result").first()).containsText("Eroneuvonta " + word);
        assertAccessible(page);

        // Narrow to another area: the Valkeakoski service is gone, and the page says so.
        page.getByText("Rajaa hakua").click();
        page.getByLabel("Perhekeskusalue").selectOption(DemoAreas.HARTOLA);
        button("Näytä tulokset").click();
        assertThat(page.getByTestId("result").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Eroneuvonta " + word))).hasCount(0);
        page.getByLabel("Perhekeskusalue").selectOption(DemoAreas.VALKEAKOSKI_AKAA_URJALA);
        button("Näytä tulokset").click();

        link("Eroneuvonta " + word).click();
        assertThat(heading(1)).hasText("Eroneuvonta " + word);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Yhdistys " + word);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Tiedot tarkistettu 1.10.2026");
        assertAccessible(page);

        link("Perhekahvila " + word).click();
        assertThat(heading(1)).hasText("Perhekahvila " + word);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Kaikille lapsiperheille");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Viimeisin arvio 1.10.2026");
        assertThat(page.getByRole(AriaRole.MAIN).locator(".rating--MET").first()).hasText("Toteutuu");
        assertAccessible(page);
    }

    @Test
    void familyCentreAreaPageListsItsServicesAndPlacesAndOffersThePrintables() throws java.io.IOException {
        page.navigate("/areas/" + DemoAreas.VALKEAKOSKI_AKAA_URJALA);
        link("Perhekeskuksen palvelut ja kohtaamispaikat").click();

        assertThat(heading(1)).containsText(AREA);
        assertThat(link("Eroneuvonta " + word)).isVisible();
        assertThat(link("Perhekahvila " + word)).isVisible();
        assertAccessible(page);

        var download = page.waitForDownload(() -> link("Perhekeskuksen esite (PDF, ruotsiksi)").click());
        assertThat(download.suggestedFilename()).isEqualTo("perhekeskus-valkeakoski-akaa-urjala-sv.pdf");
        var letter = page.waitForDownload(() -> link("Tervetulokirje uusille perheille: Akaa (PDF, suomeksi)").click());
        assertThat(letter.suggestedFilename()).isEqualTo("tervetuloa-akaa-fi.pdf");
        try (var in = java.nio.file.Files.newInputStream(letter.path())) {
            assertThat(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    @Test
    void swedishVisitorSeesTheSwedishNameAndABadAgeIsExplained() {
        page.navigate("/services?lang=sv&q=" + word);
        assertThat(page.getByTestId("result").first()).containsText("Eroneuvonta " + word + " på svenska");
        assertAccessible(page);

        page.navigate("/services?lang=fi&age=abc");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Korjaa seuraavat kohdat");
        assertAccessible(page);
    }

    private com.microsoft.playwright.Locator heading(int level) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level));
    }

    private void assessment(PlaceId place, LocalDate on, String rating) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO place_assessment (id, place_id, assessed_on, assessed_by) VALUES (?, ?, ?, 'Testi Arvioija')")
                .params(id, place.value(), on).update();
        jdbc.sql("INSERT INTO place_assessment_item (assessment_id, criterion, rating, note) VALUES (?, 'ACCESSIBLE', ?, 'Luiska')")
                .params(id, rating).update();
    }
}
