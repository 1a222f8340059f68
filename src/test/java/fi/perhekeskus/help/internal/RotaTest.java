package fi.perhekeskus.help.internal;

import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The coordinator sets a week's team of three; wrong teams are refused field by field and nothing is saved. */
@PerhekeskusTest
class RotaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OnCallRota rota;

    FixtureArea area;
    String coordinator;
    String anna;
    String bertta;
    String cecilia;
    LocalDate week;

    @BeforeEach
    void area() {
        area = new FixtureArea(jdbc, port);
        coordinator = area.person("rotacoord", "Kerttu Koordinaattori", "COORDINATOR", true);
        anna = area.person("anna", "Anna Asiakasohjaaja", "CLIENT_GUIDANCE_WORKER", false);
        bertta = area.person("bertta", "Bertta Sosiaalityöntekijä", "CLIENT_GUIDANCE_WORKER", false);
        cecilia = area.person("cecilia", "Cecilia Psykologi", "CLIENT_GUIDANCE_WORKER", false);
        week = OnCallRota.weekStart(LocalDate.now()).plusWeeks(2);
    }

    @AfterEach
    void removeArea() {
        area.delete();
    }

    @Test
    void coordinatorSetsTheTeamOfAWeekAndTheQueueCanAskWhoIsOnCall() {
        var session = new WebClientSession(port).loggedInAs(coordinator, "pw-123456");

        var saved = save(session, team(anna, "SERVICE_GUIDE", bertta, "FAMILY_SOCIAL_WORKER", cecilia,
                "FAMILY_COUNSELLING_PSYCHOLOGIST"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(location(saved)).endsWith("/help/rota?area=" + area.id);
        String page = session.get("/help/rota?area=" + area.id).body();
        assertThat(page).contains("tallennettiin").contains("Anna Asiakasohjaaja")
                .contains("Kasvatus- ja perheneuvonnan psykologi").contains("Puuttuu: ryhmää ei ole nimetty");
        var areaId = new FamilyCentreAreaId(area.id);
        assertThat(rota.teamOn(areaId, week.plusDays(4))).hasValueSatisfying(team -> {
            assertThat(team.weekStart()).isEqualTo(week);
            assertThat(team.complete()).isTrue();
            assertThat(team.members()).extracting(OnCallTeam.Member::displayName)
                    .containsExactly("Anna Asiakasohjaaja", "Bertta Sosiaalityöntekijä", "Cecilia Psykologi");
            assertThat(team.members()).extracting(OnCallTeam.Member::profession).containsExactly(
                    Profession.SERVICE_GUIDE, Profession.FAMILY_SOCIAL_WORKER,
                    Profession.FAMILY_COUNSELLING_PSYCHOLOGIST);
        });
        assertThat(rota.onCall(new UserId(area.userId(bertta)), areaId, week.plusDays(6))).isTrue();
        assertThat(rota.onCall(new UserId(area.userId(bertta)), areaId, week.plusDays(7))).as("next week").isFalse();
        assertThat(rota.onCall(new UserId(area.userId(coordinator)), areaId, week)).isFalse();
        assertThat(rota.teamOn(areaId, week.minusDays(1))).as("the week before").isEmpty();
        assertThat(new AuditRows(jdbc).newest("ON_CALL_ROTA_CHANGED", coordinator))
                .hasValueSatisfying(row -> assertThat(row.target()).isEqualTo(area.id.toString()));

        // Saving again replaces the team rather than adding to it.
        String dora = area.person("dora", "Dora Sairaanhoitaja", "CLIENT_GUIDANCE_WORKER", false);
        assertThat(save(session, team(dora, "PSYCHIATRIC_NURSE", bertta, "FAMILY_SOCIAL_WORKER", cecilia,
                "FAMILY_COUNSELLING_PSYCHOLOGIST")).statusCode()).isEqualTo(302);
        assertThat(rota.teamOn(areaId, week).orElseThrow().members()).hasSize(3)
                .extracting(OnCallTeam.Member::displayName).contains("Dora Sairaanhoitaja")
                .doesNotContain("Anna Asiakasohjaaja");
    }

    @Test
    void aTeamOfTwoIsRefusedOnTheEmptyFieldAndNothingIsSaved() {
        var session = new WebClientSession(port).loggedInAs(coordinator, "pw-123456");

        var page = save(session, team(anna, "SERVICE_GUIDE", bertta, "FAMILY_SOCIAL_WORKER", "", ""));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Korjaa seuraavat kohdat")
                .contains("Valitse työntekijä. Ryhmässä on oltava kolme työntekijää.")
                .contains("id=\"user3-error\"").contains("Valitse tehtävä.");
        assertNothingSaved();
    }

    @Test
    void theSamePersonTwiceIsRefusedOnTheSecondField() {
        var session = new WebClientSession(port).loggedInAs(coordinator, "pw-123456");

        var page = save(session, team(anna, "SERVICE_GUIDE", bertta, "FAMILY_SOCIAL_WORKER", anna, "OTHER"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sama työntekijä on jo ryhmässä.").contains("id=\"user3-error\"")
                .doesNotContain("id=\"user1-error\"");
        assertNothingSaved();
    }

    @Test
    void peopleOfOtherAreasAndForgedValuesAreRefusedInTheUsersLanguage() {
        var session = new WebClientSession(port).loggedInAs(coordinator, "pw-123456");
        session.get("/help/rota?lang=en");
        String ohjaaja = jdbc.sql("SELECT id FROM app_user WHERE username = 'ohjaaja'").query(String.class).single();

        var page = save(session, team(anna, "SERVICE_GUIDE", ohjaaja, "FAMILY_SOCIAL_WORKER", "not-a-uuid",
                "<script>alert(1)</script>"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Choose a worker who works in this area.").contains("id=\"user2-error\"")
                .contains("id=\"user3-error\"").contains("Choose a role.").doesNotContain("<script>alert(1)");
        session.get("/help/rota?lang=sv");
        assertThat(save(session, team(anna, "SERVICE_GUIDE", anna, "OTHER", cecilia, "OTHER")).body())
                .contains("Samma anställd finns redan i gruppen.");
        assertNothingSaved();
    }

    @Test
    void aCoordinatorOfAnotherAreaIsRefusedAndNothingIsSaved() {
        var other = new WebClientSession(port).loggedInAs("koordinaattori", "demo");

        assertThat(other.get(editPath()).statusCode()).isEqualTo(403);
        var response = other.postWithCsrfFrom("/help/rota", editPath(), team(anna, "SERVICE_GUIDE", bertta,
                "FAMILY_SOCIAL_WORKER", cecilia, "OTHER"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertNothingSaved();
        assertThat(new AuditRows(jdbc).newest("ACCESS_DENIED", "koordinaattori")).hasValueSatisfying(
                row -> assertThat(row.target()).isEqualTo("POST " + editPath()));
    }

    @Test
    void clientGuidanceSeesTheRotaButCannotEditIt() {
        var ohjaaja = new WebClientSession(port).loggedInAs("ohjaaja", "demo");

        var page = ohjaaja.get("/help/rota");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Valkeakoski–Akaa–Urjala").contains("Olli Ohjaaja")
                .doesNotContain("Muokkaa viikkoa");
        String demoWeek = "/help/rota/" + DemoAreas.VALKEAKOSKI_AKAA_URJALA + "/weeks/"
                + OnCallRota.weekStart(LocalDate.now());
        assertThat(ohjaaja.get(demoWeek).statusCode()).isEqualTo(403);
        assertThat(ohjaaja.postWithCsrfFrom("/help/rota", demoWeek, Map.of("user1", "", "profession1", ""))
                .statusCode()).isEqualTo(403);
        assertThat(new WebClientSession(port).loggedInAs("koordinaattori", "demo").get("/help/rota").body())
                .contains("Muokkaa viikkoa");
    }

    @Test
    void closeWorkersFamiliesAndVisitorsDoNotSeeTheRota() {
        assertThat(new WebClientSession(port).loggedInAs("vieras", "demo").get("/help/rota").statusCode())
                .isEqualTo(403);
        assertThat(new WebClientSession(port).loggedInAs("vanhempi", "demo").get("/help/rota").statusCode())
                .isEqualTo(403);
        assertThat(new WebClientSession(port).get("/help/rota").statusCode()).isEqualTo(302);
    }

    @Test
    void aDayThatIsNotAMondayIsNoWeek() {
        var session = new WebClientSession(port).loggedInAs(coordinator, "pw-123456");

        assertThat(session.get("/help/rota/" + area.id + "/weeks/" + week.plusDays(1)).statusCode()).isEqualTo(404);
        assertThat(session.get("/help/rota/" + area.id + "/weeks/viikko-1").statusCode()).isEqualTo(404);
    }

    private void assertNothingSaved() {
        assertThat(jdbc.sql("SELECT count(*) FROM on_call_team WHERE family_centre_area_id = :area")
                .param("area", area.id).query(Integer.class).single()).isZero();
    }

    private String editPath() {
        return "/help/rota/" + area.id + "/weeks/" + week;
    }

    private java.net.http.HttpResponse<String> save(WebClientSession session, Map<String, String> form) {
        return session.postWithCsrfFrom(editPath(), editPath(), form);
    }

    private Map<String, String> team(String u1, String p1, String u2, String p2, String u3, String p3) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("user1", id(u1));
        form.put("profession1", p1);
        form.put("user2", id(u2));
        form.put("profession2", p2);
        form.put("user3", id(u3));
        form.put("profession3", p3);
        return form;
    }

    /** Usernames become ids; anything else (blank, forged) is posted as it is. */
    private String id(String value) {
        if (value.isEmpty() || value.startsWith("not-") || isUuid(value)) return value;
        return area.userId(value).toString();
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
