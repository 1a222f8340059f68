package fi.perhekeskus.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Who do I consult about X in Y?": area hits, the nearest-area fallback, periods and deputies. */
@PerhekeskusTest
class FinderTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String finder(WebClientSession session, String expertise, Object area) {
        var page = session.get("/directory/finder?expertise=" + expertise + "&area=" + area);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    @Test
    void keyPersonOfTheAreaIsFoundWithContactsWorkFormsAndDeputy() {
        var f = new DirectoryFixtures(jdbc);
        var deputy = f.professional("Varpu Varahenkilö " + f.suffix, f.area);
        var keyPerson = f.professional("Kerttu Avain " + f.suffix, f.area);
        f.assign(keyPerson, "nepsy", LocalDate.now().minusDays(10), null, deputy, f.area);
        var elsewhere = f.professional("Sakari Sisar " + f.suffix, f.sibling);
        f.assign(elsewhere, "nepsy", f.sibling);

        var worker = new WebClientSession(port).loggedInAs("lahityontekija", "demo");
        String body = finder(worker, "nepsy", f.area);

        assertThat(body).contains("Kerttu Avain " + f.suffix).contains("Testin hyvinvointialue")
                .contains("040 123 4567").contains("puhelinkonsultaatio").contains("parityö")
                .contains("Varpu Varahenkilö " + f.suffix).contains("ruotsi")
                .doesNotContain("Sakari Sisar " + f.suffix).doesNotContain("Ei alueella");
    }

    @Test
    void fallsBackToThePlanningAreaThenToTheRegionAndSaysSo() {
        var f = new DirectoryFixtures(jdbc);
        var sibling = f.professional("Sanni Sisarus " + f.suffix, f.sibling);
        f.assign(sibling, "violence", f.sibling);
        var cousin = f.professional("Kalle Serkku " + f.suffix, f.cousin);
        f.assign(cousin, "violence", f.cousin);
        f.assign(cousin, "leisure", f.cousin);
        var worker = new WebClientSession(port).loggedInAs("lahityontekija", "demo");

        String planning = finder(worker, "violence", f.area);
        assertThat(planning).contains("Ei alueella " + f.areaName() + "; lähin: Pohjoinen " + f.suffix)
                .contains("Sanni Sisarus " + f.suffix).doesNotContain("Kalle Serkku " + f.suffix);

        String region = finder(worker, "leisure", f.area);
        assertThat(region).contains("Ei alueella " + f.areaName() + "; lähin: Testimaakunta " + f.suffix)
                .contains("Kalle Serkku " + f.suffix);
    }

    @Test
    void endedAndFutureAssignmentsAreNotShown() {
        var f = new DirectoryFixtures(jdbc);
        var ended = f.professional("Eino Entinen " + f.suffix, f.area);
        f.assign(ended, "disability", LocalDate.now().minusYears(1), LocalDate.now().minusDays(1), null, f.area);
        var future = f.professional("Tuomo Tuleva " + f.suffix, f.area);
        f.assign(future, "disability", LocalDate.now().plusDays(5), null, null, f.area);
        var worker = new WebClientSession(port).loggedInAs("lahityontekija", "demo");

        String body = finder(worker, "disability", f.area);

        assertThat(body).doesNotContain("Eino Entinen").doesNotContain("Tuomo Tuleva")
                .contains("ei löytynyt avainhenkilöitä");
    }

    @Test
    void demoNepsyKeyPersonOfValkeakoskiAkaaUrjalaWithDeputyAndNextSlot() {
        var worker = new WebClientSession(port).loggedInAs("lahityontekija", "demo");

        String body = finder(worker, "nepsy", DemoAreas.VALKEAKOSKI_AKAA_URJALA);

        assertThat(body).contains("Aki Avainhenkilö").contains("Varahenkilö")
                .contains("Seuraava vapaa konsultaatioaika").contains("moniammatillinen tiimi");
    }

    @Test
    void parentAndAnonymousCannotUseTheFinder() {
        var parent = new WebClientSession(port).loggedInAs("vanhempi", "demo");
        assertThat(parent.get("/directory/finder").statusCode()).isEqualTo(403);
        assertThat(parent.get("/directory/networks/nepsy").statusCode()).isEqualTo(403);

        var anonymous = new WebClientSession(port).get("/directory/finder");
        assertThat(anonymous.statusCode()).isIn(302, 401, 403);
        assertThat(anonymous.body()).doesNotContain("Aki Avainhenkilö");
    }

    @Test
    void networkListsKeyPersonsOfTheExpertiseAcrossAreasForProfessionals() {
        var worker = new WebClientSession(port).loggedInAs("lahityontekija", "demo");

        var page = worker.get("/directory/networks/nepsy");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Aki Avainhenkilö").contains("Hartola").contains("Pirkanmaa")
                .contains("avainhenkilo@demo.perhekeskus.invalid");
        assertThat(worker.get("/directory/networks/no-such-code").statusCode()).isEqualTo(404);
    }
}
