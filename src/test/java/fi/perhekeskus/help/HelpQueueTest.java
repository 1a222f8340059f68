package fi.perhekeskus.help;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.help.internal.ContactMethod;
import fi.perhekeskus.help.internal.HelpRequestHandling;
import fi.perhekeskus.help.internal.Outcome;
import fi.perhekeskus.help.internal.Urgency;
import fi.perhekeskus.help.internal.HelpRequestIntake;
import fi.perhekeskus.help.internal.Receipt;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PerhekeskusTest
@RecordApplicationEvents
class HelpQueueTest {

    @LocalServerPort int port;
    @Autowired HelpRequestIntake intake;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired HelpRequestHandling handling;
    @Autowired UserAccounts users;

    private WebClientSession ohjaaja() {
        return new WebClientSession(port).loggedInAs("ohjaaja", "demo");
    }

    @Test
    void theAreasWorkerSeesANewRequestAndItsDeadlineButNotItsConcernInTheList() {
        Receipt receipt = HelpFixtures.familyRequest(intake, "Queue list concern " + UUID.randomUUID(), ContactMethod.PHONE,
                "040 123 4567");
        var page = ohjaaja().get("/help/queue");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/help/requests/" + receipt.id()).doesNotContain("Queue list concern");
        // this week's on-call team of the demo rota, ohjaaja one of the three
        assertThat(page.body()).contains("Päivystysvuorossa tällä viikolla", "Olli Ohjaaja (", "Sanna Sosiaalityöntekijä (");
        LocalDate due = jdbc.sql("SELECT received_at AT TIME ZONE 'Europe/Helsinki' FROM help_request WHERE id = :id")
                .param("id", receipt.id().value()).query(java.time.LocalDateTime.class).single().toLocalDate();
        // unassessed urgency is due the day the request came in
        assertThat(page.body()).contains("%d.%d.%d".formatted(due.getDayOfMonth(), due.getMonthValue(), due.getYear()));
    }

    @Test
    void pollingReturnsNothingWhenTheQueueIsUnchangedAndTheNewListWhenARequestArrives() {
        var session = ohjaaja();
        String first = session.get("/help/queue/items").body();
        String shown = first.replaceAll("(?s).*shown=([0-9a-f]+).*", "$1");
        assertThat(session.get("/help/queue/items?shown=" + shown).statusCode()).isEqualTo(204);
        Receipt receipt = HelpFixtures.familyRequest(intake, "Arrives while polling", ContactMethod.NONE, null);
        var update = session.get("/help/queue/items?shown=" + shown);
        assertThat(update.statusCode()).isEqualTo(200);
        assertThat(update.body()).contains("/help/requests/" + receipt.id());
    }

    @Test
    void workersOfOtherAreasAndOtherRolesCannotSeeTheRequest() {
        Receipt receipt = HelpFixtures.familyRequest(intake, "Not for other areas", ContactMethod.NONE, null);
        String other = WebClientSession.createUser(port, "guide-hartola", "pw-123456", "Hartolan ohjaaja",
                "CLIENT_GUIDANCE_WORKER");
        HelpFixtures.assignToArea(jdbc, other, DemoAreas.HARTOLA);
        var otherSession = new WebClientSession(port).loggedInAs(other, "pw-123456");
        assertThat(otherSession.get("/help/queue").body()).doesNotContain(receipt.id().toString());
        assertThat(otherSession.get("/help/requests/" + receipt.id()).statusCode()).isIn(403, 404);
        var vieras = new WebClientSession(port).loggedInAs("vieras", "demo");
        assertThat(vieras.get("/help/queue").statusCode()).isIn(403, 404);
        assertThat(vieras.get("/help/requests/" + receipt.id()).statusCode()).isIn(403, 404);
        assertThat(new WebClientSession(port).get("/help/requests/" + receipt.id()).statusCode()).isIn(302, 401, 403);
    }

    @Test
    void urgencyTakingAndOutcomeAreRecordedAuditedAndOpenACaseForCasework() {
        Receipt receipt = HelpFixtures.familyRequest(intake, "Tarvitsemme apua arkeen", ContactMethod.PHONE, "0401234567");
        UUID id = receipt.id().value();
        var session = ohjaaja();
        String page = "/help/requests/" + id;
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();

        assertThat(session.get(page).body()).contains("Tarvitsemme apua arkeen");
        var noUrgency = session.postWithCsrfFrom(page, page + "/urgency",
                Map.of("version", String.valueOf(HelpFixtures.version(jdbc, id))));
        assertThat(noUrgency.statusCode()).isEqualTo(422);
        assertThat(noUrgency.body()).contains("Valitse kiireellisyys.");

        var outcomeTooEarly = session.postWithCsrfFrom(page, page + "/outcome",
                Map.of("version", String.valueOf(HelpFixtures.version(jdbc, id)), "outcome", "CASE_OPENED"));
        assertThat(session.get(WebClientSession.location(outcomeTooEarly)).body()).contains("Arvioi kiireellisyys ensin.");

        session.postWithCsrfFrom(page, page + "/urgency", Map.of("version", String.valueOf(HelpFixtures.version(jdbc, id)),
                "urgency", "URGENT", "note", "Perhe uupunut"));
        session.postWithCsrfFrom(page, page + "/take", Map.of("version", String.valueOf(HelpFixtures.version(jdbc, id))));
        var row = jdbc.sql("""
                SELECT r.urgency, r.urgency_assessed_at IS NOT NULL AS timed, r.status, a.username AS assigned,
                       rw.username AS responsible
                FROM help_request r LEFT JOIN app_user a ON a.id = r.assigned_to
                LEFT JOIN app_user rw ON rw.id = r.responsible_worker WHERE r.id = :id""")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("urgency", "URGENT").containsEntry("timed", true)
                .containsEntry("status", "IN_PROGRESS").containsEntry("assigned", "ohjaaja")
                .containsEntry("responsible", "ohjaaja");

        session.postWithCsrfFrom(page, page + "/outcome", Map.of("version", String.valueOf(HelpFixtures.version(jdbc, id)),
                "outcome", "CASE_OPENED", "note", "Perhetyö aloitetaan"));
        assertThat(jdbc.sql("SELECT status FROM help_request WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("CLOSED");
        assertThat(audit.since(before, "ohjaaja")).extracting(AuditRows.Row::type).contains("HELP_REQUEST_VIEWED",
                "HELP_URGENCY_ASSESSED", "HELP_REQUEST_ASSIGNED", "HELP_OUTCOME_RECORDED");
        assertThat(ohjaaja().get("/help/queue").body()).doesNotContain("/help/requests/" + id);
    }

    @Test
    void openingAClientCaseTellsCaseworkWithTheResponsibleWorker() {
        Receipt receipt = HelpFixtures.familyRequest(intake, "Case for casework", ContactMethod.PHONE, "0401234567");
        UUID id = receipt.id().value();
        UserId worker = users.findIdByUsername("ohjaaja").orElseThrow();
        handling.assessUrgency(id, HelpFixtures.version(jdbc, id), Urgency.NORMAL, null, worker);
        handling.assign(id, HelpFixtures.version(jdbc, id), worker, null, worker);
        events.clear();
        handling.recordOutcome(id, HelpFixtures.version(jdbc, id), Outcome.CASE_OPENED, null, List.of(), worker);
        assertThat(events.stream(ClientCaseRequested.class)).singleElement().satisfies(e -> {
            assertThat(e.request()).isEqualTo(receipt.id());
            assertThat(e.area()).isEqualTo(HelpFixtures.VALKEAKOSKI);
            assertThat(e.responsibleWorker()).isEqualTo(worker);
            assertThat(e.childAges()).containsExactly(4, 9);
        });
    }

    @Test
    void aChangeOnAnOldVersionIsRefusedAndChangesNothing() {
        Receipt receipt = HelpFixtures.familyRequest(intake, "Two workers at once", ContactMethod.NONE, null);
        UUID id = receipt.id().value();
        String page = "/help/requests/" + id;
        int seen = HelpFixtures.version(jdbc, id);
        var first = ohjaaja();
        first.postWithCsrfFrom(page, page + "/urgency", Map.of("version", String.valueOf(seen), "urgency", "NORMAL"));
        var other = ohjaaja();
        var second = other.postWithCsrfFrom(page, page + "/urgency",
                Map.of("version", String.valueOf(seen), "urgency", "IMMEDIATE"));
        assertThat(other.get(WebClientSession.location(second)).body()).contains("Joku muu muutti yhteydenottoa");
        assertThat(jdbc.sql("SELECT urgency FROM help_request WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("NORMAL");
    }

    @Test
    void anAnsweredAnonymousQuestionLeavesTheQueueAndKeepsTheAnswer() {
        Receipt receipt = HelpFixtures.familyRequest(intake, "Onko normaalia että 4-vuotias kiukuttelee?", ContactMethod.NONE, null);
        UUID id = receipt.id().value();
        String page = "/help/requests/" + id;
        var session = ohjaaja();
        session.postWithCsrfFrom(page, page + "/urgency",
                Map.of("version", String.valueOf(HelpFixtures.version(jdbc, id)), "urgency", "NORMAL"));
        session.postWithCsrfFrom(page, page + "/answer", Map.of("version", String.valueOf(HelpFixtures.version(jdbc, id)),
                "answer", "Kiukuttelu kuuluu ikään. Neuvolassa voi jutella lisää."));
        var row = jdbc.sql("SELECT status, outcome, answer FROM help_request WHERE id = :id").param("id", id).query().singleRow();
        assertThat(row).containsEntry("status", "ANSWERED").containsEntry("outcome", "ANONYMOUS_ANSWERED")
                .containsEntry("answer", "Kiukuttelu kuuluu ikään. Neuvolassa voi jutella lisää.");
        assertThat(ohjaaja().get("/help/queue").body()).doesNotContain(id.toString());
    }

    @Test
    void theWorkerSeesWhoNotifiedChildProtectionAndTheInquiryDeadline() {
        var neighbour = new WebClientSession(port);
        var hidden = NotificationForms.open(neighbour, "/help/child-protection");
        String marker = NotificationForms.marker();
        var fields = new java.util.HashMap<String, String>(Map.of("notifierKind", "PRIVATE_PERSON",
                "notifierName", "Pirjo Naapuri", "variant", "STANDARD", "childName", "Eetu Esimerkki", "age", "6",
                "municipality", "Valkeakoski", "concern", "Lapsi on usein yksin illalla ulkona. " + marker));
        assertThat(NotificationForms.send(neighbour, "/help/child-protection", hidden, fields).statusCode()).isEqualTo(302);
        UUID id = (UUID) NotificationForms.stored(jdbc, marker).orElseThrow().get("id");
        var page = ohjaaja().get("/help/requests/" + id);
        assertThat(page.body()).contains("Pirjo Naapuri", "Eetu Esimerkki",
                "Päätös lastensuojeluselvityksen aloittamisesta viimeistään");
    }

    @Test
    void assigningToSomeoneOutsideTheAreaIsAFieldError() {
        Receipt receipt = HelpFixtures.familyRequest(intake, "Assign outside", ContactMethod.NONE, null);
        UUID id = receipt.id().value();
        String page = "/help/requests/" + id;
        var response = ohjaaja().postWithCsrfFrom(page, page + "/assign", Map.of("version",
                String.valueOf(HelpFixtures.version(jdbc, id)), "assignee", UUID.randomUUID().toString()));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Valitse työntekijä tämän alueen asiakasohjauksesta.");
        assertThat(jdbc.sql("SELECT assigned_to IS NULL FROM help_request WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }
}
