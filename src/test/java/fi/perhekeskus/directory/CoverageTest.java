package fi.perhekeskus.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The coverage matrix on a region of the test's own: counts, targets, gaps and continuity warnings. */
@PerhekeskusTest
class CoverageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsActiveKeyPersonsAgainstTheRoundedUpTargetAndMarksGapsInWords() {
        var f = new DirectoryFixtures(jdbc);
        // nepsy 2 per 30 000: Testilä 45 000 -> 3, Naapurila 20 000 -> ceil(1.33) = 2
        f.assign(f.professional("N1 " + f.suffix, f.area), "nepsy", f.area);
        f.assign(f.professional("N2 " + f.suffix, f.area), "nepsy", f.area);
        f.assign(f.professional("N3 " + f.suffix, f.area), "nepsy", f.area, f.sibling);
        f.assign(f.professional("Vanha " + f.suffix, f.sibling), "nepsy", LocalDate.now().minusYears(2),
                LocalDate.now().minusDays(1), null, f.sibling);
        var coordinator = new WebClientSession(port).loggedInAs("koordinaattori", "demo");

        var page = coordinator.get("/directory/coverage?region=" + f.region);

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("<caption").contains("scope=\"col\"").contains("scope=\"row\"")
                .contains("Testimaakunta " + f.suffix).contains("Pohjoinen " + f.suffix);
        String testila = row(body, "Testilä " + f.suffix);
        assertThat(testila).contains("3 / 3");
        String naapurila = row(body, "Naapurila " + f.suffix);
        assertThat(naapurila).contains("1 / 2").contains("Vaje 1");
        assertThat(body).doesNotContain("Valkeakoski–Akaa–Urjala");
    }

    @Test
    void assignmentEndingSoonWithoutSuccessorIsAComingGapAndAWarning() {
        var f = new DirectoryFixtures(jdbc);
        // separation 1 per 30 000: Serkkula 30 000 -> 1
        var leaving = f.professional("Lähtevä Leena " + f.suffix, f.cousin);
        f.assign(leaving, "separation", LocalDate.now().minusYears(1), LocalDate.now().plusDays(20), null, f.cousin);
        // one with a successor named is no warning
        var staying = f.professional("Jatkuva Jaana " + f.suffix, f.area);
        UUID ending = f.assign(staying, "separation", LocalDate.now().minusYears(1), LocalDate.now().plusDays(10), null,
                f.area);
        UUID next = f.assign(f.professional("Seuraaja Sami " + f.suffix, f.area), "separation",
                LocalDate.now().plusDays(11), null, null, f.area);
        jdbc.sql("UPDATE key_person_assignment SET successor_id = :n WHERE id = :e").param("n", next)
                .param("e", ending).update();
        var coordinator = new WebClientSession(port).loggedInAs("koordinaattori", "demo");

        String body = coordinator.get("/directory/coverage?region=" + f.region).body();

        assertThat(row(body, "Serkkula " + f.suffix)).contains("1 / 1").contains("Vaje tulossa");
        assertThat(row(body, "Testilä " + f.suffix)).doesNotContain("Vaje tulossa");
        assertThat(body).contains("Lähtevä Leena " + f.suffix).doesNotContain("Jatkuva Jaana " + f.suffix);
    }

    @Test
    void aChangeShowsAtOnceThoughTheMatrixIsCached() {
        var f = new DirectoryFixtures(jdbc);
        var coordinator = new WebClientSession(port).loggedInAs("koordinaattori", "demo");
        String page = "/directory/coverage?region=" + f.region;
        assertThat(row(coordinator.get(page).body(), "Serkkula " + f.suffix)).doesNotContain("1 / 1");
        assertThat(row(coordinator.get(page).body(), "Serkkula " + f.suffix)).doesNotContain("1 / 1");

        f.assign(f.professional("Uusi Urho " + f.suffix, f.cousin), "leisure", f.cousin);

        String after = row(coordinator.get(page).body(), "Serkkula " + f.suffix);
        assertThat(after).contains("1 / 1");
    }

    @Test
    void steeringGroupSeesTheMatrixButCloseWorkersAndParentsDoNot() {
        assertThat(new WebClientSession(port).loggedInAs("johtaja", "demo").get("/directory/coverage").body())
                .contains("Vaje");
        assertThat(new WebClientSession(port).loggedInAs("lahityontekija", "demo").get("/directory/coverage")
                .statusCode()).isEqualTo(403);
        assertThat(new WebClientSession(port).loggedInAs("vanhempi", "demo").get("/directory/coverage")
                .statusCode()).isEqualTo(403);
    }

    /** The table row of an area, from its row header to the end of the row. */
    static String row(String body, String areaName) {
        int start = body.indexOf(">" + areaName + "</th>");
        assertThat(start).as("row of %s", areaName).isPositive();
        return body.substring(start, body.indexOf("</tr>", start));
    }
}
