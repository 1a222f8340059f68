package fi.perhekeskus.casework.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The joint record from a meeting to the joint plan: drafts under a version guard, ConfirmationPolicy's
 * rejections, the confirm race, immutability, corrections as new plan versions, and the plan PDF.
 */
@PerhekeskusTest
class JointRecordFlowTest {

    private static final DateTimeFormatter FI = DateTimeFormatter.ofPattern("d.M.yyyy");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private CaseFixtures fixtures;
    private Person responsible;
    private Person closeWorker;
    private Person guardianAccount;
    private CaseFixtures.Built built;
    private UUID meetingId;

    @BeforeEach
    void family() {
        fixtures = new CaseFixtures(port, jdbc);
        responsible = fixtures.person("kirom", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        closeWorker = fixtures.person("kirla", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        guardianAccount = fixtures.person("kirhu", "Maija Kirjaus", "FAMILY_MEMBER");
        built = fixtures.newCase("Testiperhe Kirjaus").child("Mikko Johannes", LocalDate.of(2019, 5, 3))
                .guardian("Maija Kirjaus", guardianAccount).responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", "Tukee arjessa päiväkodissa").build();
        meetingId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_meeting (id, case_id, starts_at, ends_at, place) VALUES (:id, :c, now() + interval '1 hour',
                now() + interval '2 hours', 'Perhekeskus')""").param("id", meetingId).param("c", built.id().value()).update();
        jdbc.sql("INSERT INTO case_meeting_participant (meeting_id, member_id) VALUES (:m, :p)")
                .param("m", meetingId).param("p", built.member(closeWorker)).update();
        jdbc.sql("""
                INSERT INTO family_view (id, case_id, meeting_id, author_name, from_child, text)
                VALUES (:id, :c, :m, 'Maija', false, 'Toivomme rauhallisempia aamuja.')""")
                .param("id", UUID.randomUUID()).param("c", built.id().value()).param("m", meetingId).update();
    }

    private WebClientSession as(Person p) {
        return new WebClientSession(port).loggedInAs(p.username(), CaseFixtures.PASSWORD);
    }

    private String startRecord(WebClientSession session) {
        var started = session.postWithCsrfFrom("/cases/" + built.id(), "/cases/" + built.id() + "/meetings/" + meetingId + "/record", Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        return WebClientSession.location(started).replaceFirst("^https?://[^/]+", "");
    }

    private int version(String recordPath) {
        UUID id = UUID.fromString(recordPath.substring(recordPath.lastIndexOf('/') + 1));
        return jdbc.sql("SELECT version FROM joint_record WHERE id = :r").param("r", id).query(Integer.class).single();
    }

    /** A filled frame: goals with fixed keys, actions owned by the close worker and the guardian. */
    private Map<String, String> frame(int version, List<String> goals, LocalDate due, LocalDate followUp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(version));
        form.put("participants", "Olga Omatyöntekijä, omatyöntekijä");
        form.put("childView", "Mikko haluaa leikkiä kavereiden kanssa.");
        form.put("childSummary", "Sovittiin, että pääsen kerhoon.");
        form.put("familyView", "Toivomme rauhallisempia aamuja.");
        form.put("strengths", "Perhe pitää yhtä.");
        form.put("concerns", "Aamut ovat kiireisiä.");
        form.put("untilNext", "Lauri selvittää kerhon.");
        form.put("followUpOn", followUp == null ? "" : followUp.toString());
        for (int i = 0; i < goals.size(); i++) {
            form.put("goal." + i + ".key", UUID.nameUUIDFromBytes((built.id() + goals.get(i)).getBytes()).toString());
            form.put("goal." + i + ".text", goals.get(i));
        }
        form.put("action.0.key", UUID.nameUUIDFromBytes((built.id() + "kerho").getBytes()).toString());
        form.put("action.0.text", "Selvitetään iltapäiväkerhon paikka");
        form.put("action.0.owner", "m:" + built.member(closeWorker));
        form.put("action.0.due", due == null ? "" : due.toString());
        form.put("action.0.goal", goals.isEmpty() ? "" : form.get("goal.0.key"));
        form.put("action.1.key", UUID.nameUUIDFromBytes((built.id() + "aamu").getBytes()).toString());
        form.put("action.1.text", "Kokeillaan aamujärjestystä kuvakortein");
        form.put("action.1.owner", "p:" + built.guardians().getFirst());
        form.put("action.1.due", LocalDate.now().plusDays(20).toString());
        form.put("action.1.goal", "");
        return form;
    }

    @Test
    void aMeetingBecomesAConfirmedRecordAndTheJointPlan() {
        WebClientSession session = as(responsible);
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        String record = startRecord(session);
        var page = session.get(record);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Verkostoneuvottelun pelisäännöt", "Puhumme asioista, emme ihmisistä",
                "Lauri Lähityöntekijä", "Toivomme rauhallisempia aamuja.", "Lapsen oma yhteenveto");

        LocalDate followUp = LocalDate.now().plusDays(60);
        // even a draft keeps exactly one owner and a date per action: told per field, nothing saved
        Map<String, String> incomplete = frame(version(record), List.of("Rauhalliset aamut"), null, followUp);
        incomplete.put("action.0.owner", "");
        var rejected = session.postWithCsrfFrom(record, record, incomplete);
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("Valitse toimenpiteelle yksi vastuuhenkilö.", "Anna toimenpiteelle määräpäivä.",
                "Rauhalliset aamut");
        assertThat(version(record)).isEqualTo(1);
        var saved = session.postWithCsrfFrom(record, record, frame(version(record), List.of("Rauhalliset aamut"),
                LocalDate.now().plusDays(14), followUp));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(version(record)).isEqualTo(2);

        // a second browser with the old version is told, and its text comes back on the page
        Map<String, String> stale = frame(1, List.of("Toisen selaimen tavoite"), LocalDate.now().plusDays(14), followUp);
        var conflict = session.postWithCsrfFrom(record, record, stale);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Toisen selaimen tavoite", "Joku muu tallensi tämän luonnoksen");

        // ConfirmationPolicy: no goal, past due date, follow-up not in the future → 422, nothing saved
        String confirm = record + "/confirm";
        var noGoal = session.postWithCsrfFrom(record, confirm, frame(2, List.of(), LocalDate.now().minusDays(1), LocalDate.now()));
        assertThat(noGoal.statusCode()).isEqualTo(422);
        assertThat(noGoal.body()).contains("Kirjaa ainakin yksi tavoite ennen vahvistamista.",
                "Määräpäivä on jo mennyt.", "Seurannan päivän pitää olla tulevaisuudessa.");
        Map<String, String> noOwner = frame(2, List.of("Rauhalliset aamut"), null, followUp);
        noOwner.put("action.0.owner", "");
        var ownerless = session.postWithCsrfFrom(record, confirm, noOwner);
        assertThat(ownerless.statusCode()).isEqualTo(422);
        assertThat(ownerless.body()).contains("Valitse toimenpiteelle yksi vastuuhenkilö.", "Anna toimenpiteelle määräpäivä.");
        assertThat(status(record)).isEqualTo("DRAFT");
        assertThat(version(record)).isEqualTo(2);

        var confirmed = session.postWithCsrfFrom(record, confirm, frame(2, List.of("Rauhalliset aamut", "Mikko pääsee kerhoon"),
                LocalDate.now().plusDays(14), followUp));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(status(record)).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("SELECT version_no FROM joint_plan_version WHERE case_id = :c").param("c", built.id().value())
                .query(Integer.class).list()).containsExactly(1);
        assertThat(jdbc.sql("SELECT text FROM plan_goal WHERE case_id = :c ORDER BY position").param("c", built.id().value())
                .query(String.class).list()).containsExactly("Rauhalliset aamut", "Mikko pääsee kerhoon");
        assertThat(jdbc.sql("SELECT count(*) FROM plan_action WHERE case_id = :c").param("c", built.id().value())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT follow_up_on FROM client_case WHERE id = :c").param("c", built.id().value())
                .query(LocalDate.class).single()).isEqualTo(followUp);
        assertThat(jdbc.sql("SELECT status FROM case_meeting WHERE id = :m").param("m", meetingId).query(String.class).single())
                .isEqualTo("HELD");
        assertThat(jdbc.sql("SELECT link FROM notification WHERE user_id = :u AND kind = 'JOINT_PLAN_UPDATED'")
                .param("u", closeWorker.id()).query(String.class).list()).containsExactly("/cases/" + built.id() + "/plan");

        // read-only now; the plan page shows goals and actions with owners
        var shown = session.get(record);
        assertThat(shown.body()).contains("Vahvistettu", "Mikko pääsee kerhoon").doesNotContain("name=\"goal.0.text\"");
        var plan = session.get("/cases/" + built.id() + "/plan");
        assertThat(plan.body()).contains("Rauhalliset aamut", "Selvitetään iltapäiväkerhon paikka", "Lauri Lähityöntekijä",
                "Maija Kirjaus", FI.format(followUp));
        // saving over a confirmed record is refused, the text kept
        var late = session.postWithCsrfFrom(record, record, frame(3, List.of("Myöhäinen muutos"), LocalDate.now().plusDays(3), followUp));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Myöhäinen muutos");

        assertThat(audit.since(before, responsible.username())).extracting(AuditRows.Row::type)
                .contains("JOINT_RECORD_VIEWED", "JOINT_RECORD_DRAFT_SAVED", "JOINT_RECORD_CONFIRMED", "JOINT_PLAN_VIEWED");
        assertThat(audit.since(before, responsible.username())).filteredOn(r -> r.type().startsWith("JOINT_"))
                .allSatisfy(r -> assertThat(r.target()).isEqualTo(built.id().toString()));
    }

    @Test
    void twoBrowsersConfirmingAtOnceOneWinsTheOtherIsToldAndKeepsItsText() throws Exception {
        WebClientSession first = as(responsible);
        WebClientSession second = as(responsible);
        String record = startRecord(first);
        LocalDate followUp = LocalDate.now().plusDays(30);
        int v = version(record);
        String csrf1 = WebClientSession.csrfToken(first.get(record));
        String csrf2 = WebClientSession.csrfToken(second.get(record));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (var s : List.of(Map.entry(first, csrf1), Map.entry(second, csrf2))) {
            Map<String, String> form = frame(v, List.of("Tavoite " + (s.getKey() == first ? "yksi" : "kaksi")),
                    LocalDate.now().plusDays(10), followUp);
            form.put("_csrf", s.getValue());
            calls.add(() -> {
                start.await();
                return s.getKey().post(record + "/confirm", form);
            });
        }
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<HttpResponse<String>>> futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (var f : futures) responses.add(f.get());
            assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409);
            HttpResponse<String> loser = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            assertThat(loser.body()).contains("Kirjaus on jo vahvistettu toisessa selaimessa")
                    .containsAnyOf("Tavoite yksi", "Tavoite kaksi");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM joint_plan_version WHERE case_id = :c").param("c", built.id().value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aConfirmedRecordIsImmutableAndACorrectionMakesTheNextPlanVersion() {
        WebClientSession session = as(responsible);
        String record = startRecord(session);
        UUID recordId = UUID.fromString(record.substring(record.lastIndexOf('/') + 1));
        LocalDate followUp = LocalDate.now().plusDays(30);
        assertThat(session.postWithCsrfFrom(record, record + "/confirm", frame(version(record),
                List.of("Rauhalliset aamut", "Kerho"), LocalDate.now().plusDays(10), followUp)).statusCode()).isEqualTo(302);

        assertThatThrownBy(() -> jdbc.sql("UPDATE joint_record SET concerns = 'muutettu' WHERE id = :r").param("r", recordId).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("UPDATE joint_record_goal SET text = 'muutettu' WHERE record_id = :r").param("r", recordId).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM joint_record_action WHERE record_id = :r").param("r", recordId).update())
                .isInstanceOf(DataAccessException.class);

        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        String correctPath = record + "/correct";
        var noReason = session.postWithCsrfFrom(correctPath, correctPath, Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Kerro, miksi kirjausta korjataan.");
        var corrected = session.postWithCsrfFrom(correctPath, correctPath, Map.of("reason", "Kerhon määräpäivä oli väärin"));
        assertThat(corrected.statusCode()).isEqualTo(302);
        String correction = WebClientSession.location(corrected).replaceFirst("^https?://[^/]+", "");
        assertThat(correction).isNotEqualTo(record);
        assertThat(session.get(correction).body()).contains("Kerhon määräpäivä oli väärin", "Rauhalliset aamut");
        // the correction drops the second goal and moves the due date
        assertThat(session.postWithCsrfFrom(correction, correction + "/confirm", frame(version(correction),
                List.of("Rauhalliset aamut"), LocalDate.now().plusDays(20), followUp.plusDays(7))).statusCode()).isEqualTo(302);

        assertThat(jdbc.sql("SELECT version_no FROM joint_plan_version WHERE case_id = :c ORDER BY version_no")
                .param("c", built.id().value()).query(Integer.class).list()).containsExactly(1, 2);
        assertThat(jdbc.sql("SELECT status FROM plan_goal WHERE case_id = :c AND text = 'Kerho'").param("c", built.id().value())
                .query(String.class).single()).isEqualTo("DROPPED");
        assertThat(session.get("/cases/" + built.id() + "/plan/versions/1").body()).contains("Kerho");
        assertThat(session.get("/cases/" + built.id() + "/plan/versions/2").body()).doesNotContain("<li>Kerho</li>");
        assertThat(session.get(record).body()).contains("Tätä kirjausta on korjattu.");
        assertThat(session.get("/cases/" + built.id() + "/plan/versions/9").statusCode()).isEqualTo(404);
        assertThat(audit.since(before, responsible.username())).extracting(AuditRows.Row::type)
                .contains("JOINT_RECORD_CORRECTED", "JOINT_RECORD_CONFIRMED");
    }

    @Test
    void aMemberWhoDoesNotCoordinateMayDraftButNotConfirm() {
        WebClientSession session = as(closeWorker);
        String record = startRecord(session);
        LocalDate followUp = LocalDate.now().plusDays(30);
        assertThat(session.postWithCsrfFrom(record, record, frame(version(record), List.of("Rauhalliset aamut"),
                LocalDate.now().plusDays(10), followUp)).statusCode()).isEqualTo(302);
        assertThat(session.get(record).body()).doesNotContain("Vahvista kirjaus");
        assertThat(session.postWithCsrfFrom(record, record + "/confirm", frame(version(record), List.of("Rauhalliset aamut"),
                LocalDate.now().plusDays(10), followUp)).statusCode()).isEqualTo(404);
        assertThat(status(record)).isEqualTo("DRAFT");
    }

    @Test
    void anotherCasesRecordIdIsNotFound() {
        Person other = fixtures.person("kirmuu", "Muu Työntekijä", "RESPONSIBLE_WORKER");
        var theirs = fixtures.newCase("Testiperhe Toinen").child("Aino", LocalDate.of(2020, 1, 1)).responsibleWorker(other).build();
        WebClientSession session = as(other);
        var started = session.postWithCsrfFrom("/cases/" + theirs.id(), "/cases/" + theirs.id() + "/records/new", Map.of());
        String theirRecord = WebClientSession.location(started).replaceFirst("^https?://[^/]+", "");
        String recordId = theirRecord.substring(theirRecord.lastIndexOf('/') + 1);
        WebClientSession mine = as(responsible);
        assertThat(mine.get("/cases/" + built.id() + "/records/" + recordId).statusCode()).isEqualTo(404);
        assertThat(mine.get(theirRecord).statusCode()).isEqualTo(404);
        assertThat(mine.postWithCsrfFrom("/cases/" + built.id(), "/cases/" + built.id() + "/records/" + recordId,
                Map.of("version", "1")).statusCode()).isEqualTo(404);
    }

    @Test
    void thePlanPdfInFinnishAndSwedishAndWhatAGuardianGets() throws IOException {
        WebClientSession session = as(responsible);
        String record = startRecord(session);
        LocalDate followUp = LocalDate.now().plusDays(45);
        assertThat(session.postWithCsrfFrom(record, record + "/confirm", frame(version(record),
                List.of("Rauhalliset aamut"), LocalDate.now().plusDays(10), followUp)).statusCode()).isEqualTo(302);
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();

        var fi = pdf(session, "/cases/" + built.id() + "/plan.pdf?lang=fi");
        assertThat(fi.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(fi.body())) {
            String text = text(pdf);
            assertThat(text).contains("Yhteinen suunnitelma: Testiperhe Kirjaus", "Lapset: Mikko", "Rauhalliset aamut",
                    "Selvitetään iltapäiväkerhon paikka", "Lauri Lähityöntekijä", "Lähityöntekijä", "Suunnitelman versio 1",
                    FI.format(followUp), closeWorker.email()).doesNotContain("Johannes");
            assertTagged(pdf, "fi", "Yhteinen suunnitelma: Testiperhe Kirjaus");
        }
        var sv = pdf(session, "/cases/" + built.id() + "/plan.pdf?lang=sv");
        try (PDDocument pdf = Loader.loadPDF(sv.body())) {
            assertThat(text(pdf)).contains("Gemensam plan: Testiperhe Kirjaus", "Barn: Mikko", "Mål", "Rauhalliset aamut",
                    "Planens version 1");
            assertTagged(pdf, "sv", "Gemensam plan: Testiperhe Kirjaus");
        }
        assertThat(pdf(session, "/cases/" + built.id() + "/plan.pdf?lang=de").statusCode()).isEqualTo(404);
        assertThat(audit.since(before, responsible.username())).filteredOn(r -> r.type().equals("JOINT_PLAN_PDF_DOWNLOADED"))
                .hasSize(2).allSatisfy(r -> assertThat(r.target()).isEqualTo(built.id().toString()));

        // a second record the child does not want shown to a guardian: the guardian still gets version 1
        var second = session.postWithCsrfFrom("/cases/" + built.id(), "/cases/" + built.id() + "/records/new", Map.of());
        String hidden = WebClientSession.location(second).replaceFirst("^https?://[^/]+", "");
        Map<String, String> secret = frame(version(hidden), List.of("Lapsen oma salainen toive"), LocalDate.now().plusDays(10), followUp);
        secret.put("hiddenFromGuardians", "true");
        assertThat(session.postWithCsrfFrom(hidden, hidden + "/confirm", secret).statusCode()).isEqualTo(302);
        try (PDDocument pdf = Loader.loadPDF(pdf(as(guardianAccount), "/cases/" + built.id() + "/plan.pdf?lang=fi").body())) {
            assertThat(text(pdf)).contains("Suunnitelman versio 1", "Rauhalliset aamut").doesNotContain("salainen");
        }
        try (PDDocument pdf = Loader.loadPDF(pdf(session, "/cases/" + built.id() + "/plan.pdf?lang=fi").body())) {
            assertThat(text(pdf)).contains("Suunnitelman versio 2", "Lapsen oma salainen toive");
        }
        // outsiders get nothing
        Person outsider = fixtures.person("kirulko", "Ulla Ulkopuolinen", "RESPONSIBLE_WORKER");
        assertThat(pdf(as(outsider), "/cases/" + built.id() + "/plan.pdf?lang=fi").statusCode()).isEqualTo(404);
    }

    @Test
    void markingAnActionDoneIsAuditedAndShown() {
        WebClientSession session = as(closeWorker);
        String record = startRecord(as(responsible));
        assertThat(as(responsible).postWithCsrfFrom(record, record + "/confirm", frame(version(record),
                List.of("Rauhalliset aamut"), LocalDate.now().plusDays(10), LocalDate.now().plusDays(30))).statusCode()).isEqualTo(302);
        String key = UUID.nameUUIDFromBytes((built.id() + "kerho").getBytes()).toString();
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        String plan = "/cases/" + built.id() + "/plan";
        assertThat(session.postWithCsrfFrom(plan, plan + "/actions/" + key + "/done", Map.of()).statusCode()).isEqualTo(302);
        assertThat(session.get(plan).body()).contains("Tehdyt toimenpiteet", "tehty ");
        assertThat(jdbc.sql("SELECT done_by FROM plan_action WHERE action_key = :k").param("k", UUID.fromString(key))
                .query(UUID.class).single()).isEqualTo(closeWorker.id());
        assertThat(audit.since(before, closeWorker.username())).extracting(AuditRows.Row::type).contains("PLAN_ACTION_DONE");
        assertThat(session.postWithCsrfFrom(plan, plan + "/actions/" + UUID.randomUUID() + "/done", Map.of()).statusCode())
                .isEqualTo(404);
    }

    private String status(String recordPath) {
        UUID id = UUID.fromString(recordPath.substring(recordPath.lastIndexOf('/') + 1));
        return jdbc.sql("SELECT status FROM joint_record WHERE id = :r").param("r", id).query(String.class).single();
    }

    private HttpResponse<byte[]> pdf(WebClientSession session, String path) {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(session.uri(path))
                    .header("Cookie", "SESSION=" + session.cookie("SESSION").orElseThrow()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertTagged(PDDocument pdf, String language, String title) {
        var catalog = pdf.getDocumentCatalog();
        assertThat(catalog.getMarkInfo().isMarked()).as("tagged PDF").isTrue();
        assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
        assertThat(catalog.getLanguage()).isEqualTo(language);
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
}
