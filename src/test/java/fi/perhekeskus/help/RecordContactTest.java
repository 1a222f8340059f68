package fi.perhekeskus.help;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A phone call taken by the on-call worker joins the queue assessed and assigned, once. */
@PerhekeskusTest
class RecordContactTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private Map<String, String> call(String concern, String key) {
        Map<String, String> form = new HashMap<>(Map.of("channel", "PHONE",
                "place", "Akaa", "language", "fi", "concern", concern,
                "childAges", "2, 7", "contactMethod", "PHONE", "contactValue", "+358 40 123 4567", "urgency", "URGENT"));
        form.put("key", key);
        return form;
    }

    @Test
    void aRecordedCallIsAssessedTakenAndStoredOnceEvenWhenSentTwice() {
        var session = new WebClientSession(port).loggedInAs("ohjaaja", "demo");
        String concern = "Isä soitti: perheessä riitaa " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        var first = session.postWithCsrfFrom("/help/contacts/new", "/help/contacts/new", call(concern, key));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(first)).contains("/help/requests/");
        session.postWithCsrfFrom("/help/contacts/new", "/help/contacts/new", call(concern, key));
        var rows = jdbc.sql("""
                SELECT r.channel, r.municipality, r.municipality_code, r.urgency, u.username AS assigned,
                       w.username AS responsible, r.child_ages::text AS ages
                FROM help_request r JOIN app_user u ON u.id = r.assigned_to JOIN app_user w ON w.id = r.responsible_worker
                WHERE r.concern = :concern""").param("concern", concern).query().listOfRows();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("channel", "PHONE").containsEntry("municipality", "Akaa")
                .containsEntry("municipality_code", "020").containsEntry("urgency", "URGENT")
                .containsEntry("assigned", "ohjaaja").containsEntry("responsible", "ohjaaja")
                .containsEntry("ages", "{2,7}"));
    }

    @Test
    void badInputIsShownFieldByFieldAndNothingIsStored() {
        var session = new WebClientSession(port).loggedInAs("ohjaaja", "demo");
        String concern = "Ei tallennu " + UUID.randomUUID();
        Map<String, String> form = call(concern, UUID.randomUUID().toString());
        form.put("childAges", "4, kaksi");
        form.put("contactValue", "soita");
        form.remove("urgency");
        form.put("place", "Hartola"); // not one of ohjaaja's areas
        var response = session.postWithCsrfFrom("/help/contacts/new", "/help/contacts/new", form);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Anna iät numeroina 0–17", "Anna puhelinnumero muodossa",
                "Valitse kiireellisyys.", "Valitse kunta jollakin alueistasi.");
        assertThat(jdbc.sql("SELECT count(*) FROM help_request WHERE concern = :c").param("c", concern)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyClientGuidanceWorkersRecordCalls() {
        var vieras = new WebClientSession(port).loggedInAs("vieras", "demo");
        assertThat(vieras.get("/help/contacts/new").statusCode()).isIn(403, 404);
    }
}
