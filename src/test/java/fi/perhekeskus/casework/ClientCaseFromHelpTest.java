package fi.perhekeskus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.help.HelpFixtures;
import fi.perhekeskus.help.internal.ContactMethod;
import fi.perhekeskus.help.internal.HelpRequestHandling;
import fi.perhekeskus.help.internal.HelpRequestIntake;
import fi.perhekeskus.help.internal.Outcome;
import fi.perhekeskus.help.internal.Receipt;
import fi.perhekeskus.help.internal.Urgency;
import fi.perhekeskus.testing.PerhekeskusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Client guidance records "client case opened": casework opens the case with the responsible worker. */
@PerhekeskusTest
class ClientCaseFromHelpTest {

    @Autowired HelpRequestIntake intake;
    @Autowired HelpRequestHandling handling;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;

    @Test
    void recordingTheOutcomeOpensACaseWhoseResponsibleWorkerIsThatWorker() {
        Receipt receipt = HelpFixtures.familyRequest(intake, "Tarvitsemme perhetyötä", ContactMethod.PHONE, "0401234567");
        UUID id = receipt.id().value();
        UserId worker = users.findIdByUsername("ohjaaja").orElseThrow();
        handling.assessUrgency(id, HelpFixtures.version(jdbc, id), Urgency.NORMAL, null, worker);
        handling.assign(id, HelpFixtures.version(jdbc, id), worker, null, worker);
        handling.recordOutcome(id, HelpFixtures.version(jdbc, id), Outcome.CASE_OPENED, null, List.of(), worker);

        UUID caseId = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT id FROM client_case WHERE help_request_id = :h").param("h", id).query(UUID.class).optional(),
                java.util.Optional::isPresent).orElseThrow();
        var row = jdbc.sql("""
                SELECT k.basis, k.mode, k.family_centre_area_id, m.user_id, m.role, m.task FROM client_case k
                JOIN case_member m ON m.case_id = k.id WHERE k.id = :c""").param("c", caseId).query().singleRow();
        assertThat(row).containsEntry("basis", "CLIENT_GUIDANCE").containsEntry("mode", "NETWORK")
                .containsEntry("user_id", worker.value()).containsEntry("role", "RESPONSIBLE_WORKER")
                .containsEntry("family_centre_area_id", HelpFixtures.VALKEAKOSKI.value());
        // the family request's children are 4 and 9: two children with approximate dates of birth
        assertThat(jdbc.sql("SELECT name FROM case_person WHERE case_id = :c AND kind = 'CHILD' AND relation = 'APPROXIMATE_BIRTH_DATE' ORDER BY position")
                .param("c", caseId).query(String.class).list()).containsExactly("Lapsi 1", "Lapsi 2");
        assertThat(cases.worksOn(worker, new CaseId(caseId))).isTrue();
        // the publication was completed: nothing is left to be delivered again
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL
                  AND serialized_event LIKE :id""").param("id", "%" + id + "%").query(Long.class).single() == 0);
    }
}
