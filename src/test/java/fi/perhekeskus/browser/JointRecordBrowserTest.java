package fi.perhekeskus.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.BrowserTest;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Running a network meeting to a confirmed joint record and the plan PDF, as a person would, with axe on every page. */
class JointRecordBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    private Person responsible;
    private Person closeWorker;
    private CaseFixtures.Built built;

    @BeforeEach
    void family() {
        var fixtures = new CaseFixtures(port, jdbc);
        responsible = fixtures.person("selom", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        closeWorker = fixtures.person("sella", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        built = fixtures.newCase("Testiperhe Selain").child("Mikko", LocalDate.of(2019, 5, 3))
                .guardian("Maija Selain", null).responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", "Tukee arjessa päiväkodissa").build();
    }

    @Test
    void theResponsibleWorkerRunsAMeetingToAConfirmedRecordAndDownloadsThePlan() throws Exception {
        login(responsible.username(), CaseFixtures.PASSWORD);
        page.navigate("/cases/" + built.id());
        assertAccessible(page);
        link("Uusi verkostoneuvottelu").click();
        assertThat(heading(1)).hasText("Uusi verkostoneuvottelu");
        assertAccessible(page);
        // a plain http link is refused with a field message
        page.getByLabel("Päivä", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().plusDays(7).toString());
        page.getByLabel("Videoyhteyden linkki").fill("http://video.example.fi/huone");
        button("Lähetä kutsu").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("https-osoite");
        assertAccessible(page);
        page.getByLabel("Videoyhteyden linkki").fill("https://video.example.fi/huone");
        page.getByLabel("Paikka").fill("Perhekeskus, neuvotteluhuone 2");
        button("Lähetä kutsu").click();
        assertThat(page.getByTestId("notice")).hasText("Verkostoneuvottelu on sovittu ja kutsut lähetetty.");

        button("Aloita yhteiskirjaus").click();
        assertThat(heading(1)).containsText("Yhteiskirjaus");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Verkostoneuvottelun pelisäännöt"))).isVisible();
        assertThat(page.getByLabel("Osallistujat yhteystietoineen ja rooleineen")).containsText("Lauri Lähityöntekijä");
        assertAccessible(page);
        page.getByLabel("Lapsen oma näkemys").fill("Haluan päästä kerhoon kavereiden kanssa.");
        page.getByLabel("Lapsen oma yhteenveto").fill("Pääsen kerhoon ja aamut ovat rauhallisempia.");
        page.getByLabel("Vahvuudet ja voimavarat").fill("Perhe pitää yhtä.");
        page.getByLabel("Huolet").fill("Aamut ovat kiireisiä.");
        page.getByLabel("Tavoite 1", new Page.GetByLabelOptions().setExact(true)).fill("Rauhalliset aamut");
        page.getByLabel("Mitä tehdään").first().fill("Selvitetään iltapäiväkerhon paikka");
        page.getByLabel("Kuka vastaa").first().selectOption(new SelectOption().setLabel("Lauri Lähityöntekijä (Lähityöntekijä)"));
        LocalDate due = LocalDate.now().plusDays(14);
        page.getByLabel("Mihin mennessä").first().fill(due.toString());
        LocalDate followUp = LocalDate.now().plusDays(60);
        page.getByLabel("Seurannan päivä").fill(followUp.toString());
        button("Vahvista kirjaus").click();

        assertThat(page.getByTestId("notice")).hasText("Kirjaus on vahvistettu ja yhteinen suunnitelma päivitetty.");
        assertThat(page.getByTestId("record-state")).hasText("Vahvistettu");
        assertThat(page.getByTestId("shown-childSummary")).hasText("Pääsen kerhoon ja aamut ovat rauhallisempia.");
        assertAccessible(page);
        link("Avaa yhteinen suunnitelma").click();
        assertThat(heading(1)).hasText("Yhteinen suunnitelma");
        assertThat(page.getByTestId("plan-goals")).containsText("Rauhalliset aamut");
        assertThat(page.getByTestId("plan-actions")).containsText("Selvitetään iltapäiväkerhon paikka");
        assertThat(page.getByTestId("plan-actions")).containsText("Lauri Lähityöntekijä");
        assertThat(page.getByTestId("plan-follow-up")).hasText(DateTimeFormatter.ofPattern("d.M.yyyy").format(followUp));
        assertAccessible(page);

        Download download = page.waitForDownload(() -> link("suomeksi (PDF)").click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Yhteinen suunnitelma: Testiperhe Selain", "Rauhalliset aamut",
                    "Selvitetään iltapäiväkerhon paikka", "Lauri Lähityöntekijä");
        }
        page.getByTestId("plan-versions").getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByTestId("version-goals")).containsText("Rauhalliset aamut");
        assertAccessible(page);
        link("Avaa yhteiskirjaus, josta tämä versio tehtiin").click();
        link("Korjaa kirjausta").click();
        assertThat(heading(1)).hasText("Korjaa vahvistettua kirjausta");
        assertAccessible(page);
        page.navigate("/cases/" + built.id());
        assertThat(page.getByTestId("section-goals")).containsText("Rauhalliset aamut");
        assertThat(page.getByTestId("record-link")).containsText("Vahvistettu");
        assertAccessible(page);
    }

    @Test
    void anExpiredSessionWhileWritingLosesNoText() {
        login(responsible.username(), CaseFixtures.PASSWORD);
        page.navigate("/cases/" + built.id());
        button("Aloita yhteiskirjaus ilman neuvottelua").click();
        assertThat(heading(1)).containsText("Yhteiskirjaus");
        String recordUrl = page.url();
        String longText = "Pitkä kirjaus neuvottelusta " + UUID.randomUUID() + ". ".repeat(3) + "Aamut ovat kiireisiä.";
        page.getByLabel("Huolet").fill(longText);

        // the session ends on the server while the person is still typing
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = :u").param("u", responsible.username()).update();
        button("Tallenna luonnos").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?expired$"));
        page.getByLabel("Käyttäjätunnus", new Page.GetByLabelOptions().setExact(true)).fill(responsible.username());
        page.getByLabel("Salasana", new Page.GetByLabelOptions().setExact(true)).fill(CaseFixtures.PASSWORD);
        button("Kirjaudu").click();

        assertThat(page).hasURL(recordUrl);
        assertThat(page.getByTestId("restored")).isVisible();
        assertThat(page.getByTestId("restored")).containsText("Palautettu tallentamaton teksti");
        assertThat(page.getByLabel("Huolet")).hasValue(longText);
        assertAccessible(page);
        button("Tallenna luonnos").click();
        assertThat(page.getByTestId("notice")).hasText("Luonnos on tallennettu.");
        assertThat(page.getByLabel("Huolet")).hasValue(longText);
        assertThat(page.getByTestId("restored")).isHidden();
        assertThat(jdbc.sql("SELECT concerns FROM joint_record WHERE case_id = :c").param("c", built.id().value())
                .query(String.class).single()).isEqualTo(longText);
    }

    private com.microsoft.playwright.Locator heading(int level) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level));
    }
}
