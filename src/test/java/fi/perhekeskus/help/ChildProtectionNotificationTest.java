package fi.perhekeskus.help;

import static fi.perhekeskus.help.NotificationForms.assertFieldError;
import static fi.perhekeskus.help.NotificationForms.details;
import static fi.perhekeskus.help.NotificationForms.marker;
import static fi.perhekeskus.help.NotificationForms.open;
import static fi.perhekeskus.help.NotificationForms.requests;
import static fi.perhekeskus.help.NotificationForms.send;
import static fi.perhekeskus.help.NotificationForms.stored;
import static fi.perhekeskus.testing.WebClientSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** LSL 25 §: who may notify how, the 25 a and 25 c variants, and that nothing is half-saved or saved twice. */
@PerhekeskusTest
class ChildProtectionNotificationTest {

    static final String FORM = "/help/child-protection";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String marker;
    String professional;

    @BeforeEach
    void setUp() {
        marker = marker();
        professional = WebClientSession.createUser(port, "notifier", "pw-123456", "Netta Neuvola", "CLOSE_WORKER");
    }

    @Test
    void professionalIsIdentifiedFromTheAccountAndTheInquiryDeadlineIsSet() {
        var browser = new WebClientSession(port).loggedInAs(professional, "pw-123456");
        var hidden = open(browser, FORM);

        var response = send(browser, FORM, hidden, professionalFields());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith(FORM + "/sent/" + hidden.get("submissionKey"));
        var row = stored(jdbc, marker).orElseThrow();
        assertThat(row.get("channel")).isEqualTo("CHILD_PROTECTION_NOTIFICATION");
        assertThat(row.get("notifier_kind")).isEqualTo("PROFESSIONAL");
        assertThat(row.get("variant")).isEqualTo("STANDARD");
        assertThat(row.get("notifier_user_id")).isEqualTo(userId(professional));
        assertThat(row.get("notifier_name")).isEqualTo("Netta Neuvola");
        assertThat(row.get("notifier_title")).isEqualTo("Terveydenhoitaja");
        assertThat(row.get("notifier_phone")).isEqualTo("040 123 4567");
        assertThat(row.get("inquiry_decision_deadline")).as("LSL 26 §: 7 working days").isNotNull();
        assertThat(row.get("contact_method")).isEqualTo("NONE");
        assertThat(row.get("purge_after")).as("a notification is not an anonymous question").isNull();
        assertThat(row.get("municipality")).isEqualTo("Valkeakoski");
        assertThat(row.get("family_centre_area_id")).isNotNull();
        var audit = NotificationForms.audit(jdbc, "CHILD_PROTECTION_NOTIFICATION_MADE", row.get("id")).orElseThrow();
        assertThat(audit.get("actor")).isEqualTo(professional);

        var confirmation = browser.get(location(response));
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains((String) row.get("receipt_code"))
                .contains("seitsemäntenä arkipäivänä").doesNotContain("data-testid=\"call-112\"");
    }

    @Test
    void visitorWhoChoosesProfessionalIsToldToLogInAndNothingIsSaved() {
        var visitor = new WebClientSession(port);
        var hidden = open(visitor, FORM);
        assertThat(visitor.get(FORM).body()).contains("data-testid=\"professional-login\"");

        var fields = privateFields();
        fields.put("notifierKind", "PROFESSIONAL");
        var response = send(visitor, FORM, hidden, fields);

        assertFieldError(response, "notifierKind", "Ammattilaisen on kirjauduttava sisään.");
        assertThat(response.body()).contains("href=\"/login\"");
        assertNothingSaved();
    }

    @Test
    void anonymousNotifierLeavesNoIdentifiersInTheRowOrTheAuditLog() {
        var visitor = new WebClientSession(port);
        var hidden = open(visitor, FORM);
        var fields = privateFields();
        fields.put("notifierKind", "ANONYMOUS");
        fields.put("notifierName", "Salainen Naapuri");
        fields.put("notifierPhone", "050 765 4321");
        fields.put("notifierEmail", "naapuri@example.fi");

        var response = visitor.send(java.net.http.HttpRequest.newBuilder(visitor.uri(FORM))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", "203.0.113.77")
                .header("User-Agent", "NaapurinSelain/1.0")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(formBody(hidden, fields))));

        assertThat(response.statusCode()).isEqualTo(302);
        var row = stored(jdbc, marker).orElseThrow();
        assertThat(row.get("notifier_kind")).isEqualTo("ANONYMOUS");
        for (String column : new String[] {"notifier_user_id", "notifier_name", "notifier_title",
                "notifier_organisation", "notifier_phone", "notifier_email", "contact_value", "family_phone",
                "family_email"}) {
            assertThat(row.get(column)).as(column).isNull();
        }
        String everything = row.toString();
        assertThat(everything).doesNotContain("Salainen").doesNotContain("765 4321").doesNotContain("naapuri@")
                .doesNotContain("203.0.113.77").doesNotContain("127.0.0.1").doesNotContain("NaapurinSelain");
        var audit = NotificationForms.audit(jdbc, "CHILD_PROTECTION_NOTIFICATION_MADE", row.get("id")).orElseThrow();
        assertThat(audit.get("actor")).isEqualTo("anonymous");
        assertThat(audit.get("actor_id")).isNull();
        assertThat((String) audit.get("details")).contains("ANONYMOUS").doesNotContain("Salainen")
                .doesNotContain("765").doesNotContain("naapuri").doesNotContain("203.0.113").doesNotContain("127.0.0")
                .doesNotContain("Naapurin");
        var received = NotificationForms.audit(jdbc, "HELP_REQUEST_RECEIVED", row.get("id")).orElseThrow();
        assertThat(received.get("actor")).isEqualTo("anonymous");
        String history = jdbc.sql("SELECT string_agg(coalesce(details::text, '') || coalesce(actor_id::text, ''), ' ') "
                + "FROM help_request_history WHERE request_id = :id").param("id", row.get("id")).query(String.class)
                .single();
        assertThat(history).doesNotContain("Salainen").doesNotContain("203.0.113").doesNotContain("127.0.0");
    }

    @Test
    void loggedInUserCannotNotifyAnonymously() {
        var browser = new WebClientSession(port).loggedInAs(professional, "pw-123456");
        var hidden = open(browser, FORM);
        var fields = privateFields();
        fields.put("notifierKind", "ANONYMOUS");

        var response = send(browser, FORM, hidden, fields);

        assertFieldError(response, "notifierKind", "Olet kirjautunut sisään, joten ilmoitus ei voi olla nimetön.");
        assertNothingSaved();
    }

    @Test
    void privatePersonGivesTheirName() {
        var visitor = new WebClientSession(port);
        var hidden = open(visitor, FORM);
        var fields = privateFields();
        fields.remove("notifierName");

        assertFieldError(send(visitor, FORM, hidden, fields), "notifierName", "Kirjoita nimesi tai valitse nimetön ilmoitus.");
        assertNothingSaved();

        fields.put("notifierName", "Pirjo Naapuri");
        assertThat(send(visitor, FORM, hidden, fields).statusCode()).isEqualTo(302);
        var row = stored(jdbc, marker).orElseThrow();
        assertThat(row.get("notifier_kind")).isEqualTo("PRIVATE_PERSON");
        assertThat(row.get("notifier_name")).isEqualTo("Pirjo Naapuri");
        assertThat(row.get("notifier_user_id")).isNull();
    }

    @Test
    void advanceNotificationTakesTheDueDateNotABirthDate() {
        var browser = new WebClientSession(port).loggedInAs(professional, "pw-123456");
        var hidden = open(browser, FORM);
        var fields = professionalFields();
        fields.put("variant", "ADVANCE_NOTIFICATION");
        fields.put("childName", "");
        fields.put("guardians", "Odottava Äiti");

        assertFieldError(send(browser, FORM, hidden, fields), "birthDate",
                "Ennakollisessa ilmoituksessa lapsi ei ole vielä syntynyt.");
        assertNothingSaved();

        fields.remove("birthDate");
        assertFieldError(send(browser, FORM, hidden, fields), "dueDate", "Anna laskettu aika.");
        assertNothingSaved();

        LocalDate due = LocalDate.now().plusMonths(3);
        fields.put("dueDate", due.getDayOfMonth() + "." + due.getMonthValue() + "." + due.getYear());
        assertThat(send(browser, FORM, hidden, fields).statusCode()).isEqualTo(302);
        var row = stored(jdbc, marker).orElseThrow();
        assertThat(row.get("variant")).isEqualTo("ADVANCE_NOTIFICATION");
        assertThat(row.get("due_date")).isEqualTo(Date.valueOf(due));
        assertThat(row.get("birth_date")).isNull();
        assertThat(row.get("expecting")).isEqualTo(true);
        assertThat(row.get("guardians")).isEqualTo("Odottava Äiti");
    }

    @Test
    void dueDateBelongsOnlyToTheAdvanceNotification() {
        var browser = new WebClientSession(port).loggedInAs(professional, "pw-123456");
        var fields = professionalFields();
        fields.put("dueDate", "1.1.2099");

        assertFieldError(send(browser, FORM, open(browser, FORM), fields), "dueDate",
                "Laskettu aika annetaan vain ennakolliseen ilmoitukseen.");
        assertNothingSaved();
    }

    @Test
    void togetherWithTheFamilyRecordsWhoTookPart() {
        var browser = new WebClientSession(port).loggedInAs(professional, "pw-123456");
        var hidden = open(browser, FORM);
        var fields = professionalFields();
        fields.put("variant", "TOGETHER_WITH_FAMILY");

        assertFieldError(send(browser, FORM, hidden, fields), "familyParticipants",
                "Kerro, kuka perheestä oli mukana tekemässä ilmoitusta.");
        assertNothingSaved();

        fields.put("familyParticipants", "Äiti ja 14-vuotias Eetu");
        assertThat(send(browser, FORM, hidden, fields).statusCode()).isEqualTo(302);
        var row = stored(jdbc, marker).orElseThrow();
        assertThat(row.get("variant")).isEqualTo("TOGETHER_WITH_FAMILY");
        assertThat(row.get("family_participants")).isEqualTo("Äiti ja 14-vuotias Eetu");
    }

    @Test
    void onlyAProfessionalNotifiesTogetherWithTheFamily() {
        var visitor = new WebClientSession(port);
        var fields = privateFields();
        fields.put("variant", "TOGETHER_WITH_FAMILY");
        fields.put("familyParticipants", "Äiti");

        assertFieldError(send(visitor, FORM, open(visitor, FORM), fields), "variant",
                "Ilmoituksen yhdessä lapsen tai vanhemman kanssa tekee ammattilainen.");
        assertNothingSaved();
    }

    @Test
    void aResentFormMakesOneNotificationAndAChangedOneIsRefused() {
        var browser = new WebClientSession(port).loggedInAs(professional, "pw-123456");
        var hidden = open(browser, FORM);
        var fields = professionalFields();

        var first = send(browser, FORM, hidden, fields);
        var again = send(browser, FORM, hidden, fields);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(location(again)).isEqualTo(location(first));
        assertThat(requests(jdbc, marker)).isEqualTo(1);
        assertThat(details(jdbc, marker)).isEqualTo(1);

        fields.put("guardians", "Joku Muu");
        var changed = send(browser, FORM, hidden, fields);
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(changed.body()).contains("Tämä lomake on jo lähetetty eri tiedoilla.");
        assertThat(requests(jdbc, marker)).isEqualTo(1);
        assertThat(details(jdbc, marker)).isEqualTo(1);
        assertThat(stored(jdbc, marker).orElseThrow().get("guardians")).isEqualTo("Maija ja Matti Meikäläinen");
    }

    @Test
    void badInputIsExplainedField_by_fieldAndNothingIsSaved() {
        var visitor = new WebClientSession(port);
        var hidden = open(visitor, FORM);
        var fields = privateFields();
        fields.put("notifierPhone", "soita minulle");
        fields.put("birthDate", "31.2.2020");
        fields.put("municipality", "Atlantis");
        fields.put("childName", "x".repeat(600));

        var response = send(visitor, FORM, hidden, fields);

        assertFieldError(response, "notifierPhone", "Tarkista puhelinnumero");
        assertFieldError(response, "birthDate", "Anna päivämäärä muodossa 14.3.2019.");
        assertFieldError(response, "municipality", "Valitse kunta listasta.");
        assertFieldError(response, "childName", "Teksti on liian pitkä.");
        assertNothingSaved();

        fields = privateFields();
        fields.put("concern", "  ");
        fields.put("childName", marker);
        assertFieldError(send(visitor, FORM, hidden, fields), "concern", "Kerro, mistä olet huolissasi.");
        assertNothingSaved();

        fields = privateFields();
        fields.put("concern", marker + "x".repeat(100_000));
        assertFieldError(send(visitor, FORM, hidden, fields), "concern", "Teksti on liian pitkä.");
        assertNothingSaved();
    }

    @Test
    void messagesAreInTheVisitorsLanguage() {
        var visitor = new WebClientSession(port);
        visitor.setCookie("lang", "sv");
        var fields = privateFields();
        fields.remove("notifierKind");

        var response = send(visitor, FORM, open(visitor, FORM), fields);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<html lang=\"sv\"").contains("Välj vem som gör anmälan.")
                .doesNotContain("Valitse, kuka tekee ilmoituksen.");
        assertNothingSaved();
    }

    @Test
    void aFormWithoutItsKeyOrCsrfTokenSavesNothing() {
        var visitor = new WebClientSession(port);
        var hidden = open(visitor, FORM);

        var noCsrf = new HashMap<>(hidden);
        noCsrf.remove("_csrf");
        assertThat(send(visitor, FORM, noCsrf, privateFields()).statusCode()).isEqualTo(403);
        assertNothingSaved();

        var noKey = new HashMap<>(hidden);
        noKey.put("submissionKey", "not-a-key");
        var response = send(visitor, FORM, noKey, privateFields());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Lomake on vanhentunut.");
        assertNothingSaved();
    }

    @Test
    void scriptIsStoredAsTextAndEscapedWhenShownAgain() {
        var visitor = new WebClientSession(port);
        var fields = privateFields();
        String script = "<script>alert('x')</script>";
        fields.put("childName", script + marker);
        fields.put("municipality", "");

        var rejected = send(visitor, FORM, open(visitor, FORM), fields);
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).doesNotContain(script).contains("&lt;script&gt;");

        fields.put("municipality", "Valkeakoski");
        fields.put("concern", script + " " + marker);
        assertThat(send(visitor, FORM, open(visitor, FORM), fields).statusCode()).isEqualTo(302);
        var row = stored(jdbc, marker).orElseThrow();
        assertThat(row.get("names")).isEqualTo(script + marker);
        assertThat(row.get("concern")).isEqualTo(script + " " + marker);
    }

    @Test
    void childInImmediateDangerIsToldToCall112() {
        var visitor = new WebClientSession(port);
        var fields = privateFields();
        fields.put("immediateDanger", "true");

        var response = send(visitor, FORM, open(visitor, FORM), fields);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(visitor.get(location(response)).body()).contains("data-testid=\"call-112\"")
                .contains("Soita nyt heti hätänumeroon 112.");
        assertThat(stored(jdbc, marker).orElseThrow().get("immediate_danger")).isEqualTo(true);
    }

    @Test
    void aFamilyMembersOwnAccountIsNotAProfessionals() {
        String parent = WebClientSession.createUser(port, "parent", "pw-123456", "Pekka Perhe", "FAMILY_MEMBER");
        var family = new WebClientSession(port).loggedInAs(parent, "pw-123456");
        var fields = privateFields();
        fields.put("notifierKind", "PROFESSIONAL");

        assertFieldError(send(family, FORM, open(family, FORM), fields), "notifierKind",
                "Käyttäjätunnuksellasi ei ole ammattilaisen roolia.");
        assertNothingSaved();
    }

    @Test
    void concurrentResendsOfOneFormMakeOneNotification() throws Exception {
        var browser = new WebClientSession(port).loggedInAs(professional, "pw-123456");
        var hidden = open(browser, FORM);
        var fields = professionalFields();
        int senders = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(senders)) {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<java.net.http.HttpResponse<String>>>();
            for (int i = 0; i < senders; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return send(browser, FORM, hidden, fields);
                }));
            }
            start.countDown();
            for (var answer : answers) {
                var response = answer.get();
                assertThat(response.statusCode()).isEqualTo(302);
                assertThat(location(response)).endsWith(FORM + "/sent/" + hidden.get("submissionKey"));
            }
        }
        assertThat(requests(jdbc, marker)).isEqualTo(1);
        assertThat(details(jdbc, marker)).isEqualTo(1);
    }

    @Test
    void anUnknownConfirmationIsNotFound() {
        var visitor = new WebClientSession(port);
        assertThat(visitor.get(FORM + "/sent/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(visitor.get(FORM + "/sent/not-a-key").statusCode()).isEqualTo(404);
    }

    @AfterEach
    void removeWhatWasStored() {
        NotificationForms.delete(jdbc, marker);
    }

    private void assertNothingSaved() {
        assertThat(requests(jdbc, marker)).as("help_request rows").isZero();
        assertThat(details(jdbc, marker)).as("help_notification rows").isZero();
    }

    private Map<String, String> privateFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("notifierKind", "PRIVATE_PERSON");
        fields.put("notifierName", "Pirjo Naapuri");
        fields.put("variant", "STANDARD");
        fields.put("childName", "Eetu Esimerkki");
        fields.put("age", "6");
        fields.put("municipality", "Valkeakoski");
        fields.put("concern", "Lapsi on usein yksin illalla ulkona. " + marker);
        return fields;
    }

    private Map<String, String> professionalFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("notifierKind", "PROFESSIONAL");
        fields.put("variant", "STANDARD");
        fields.put("childName", "Eetu Esimerkki");
        fields.put("birthDate", "14.3.2019");
        fields.put("guardians", "Maija ja Matti Meikäläinen");
        fields.put("address", "Esimerkkikatu 1, Valkeakoski");
        fields.put("municipality", "Valkeakoski");
        fields.put("concern", "Lapsella on toistuvasti mustelmia. " + marker);
        fields.put("title", "Terveydenhoitaja");
        fields.put("organisation", "Valkeakosken neuvola");
        fields.put("notifierPhone", "040 123 4567");
        return fields;
    }

    private UUID userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(UUID.class).single();
    }

    private static String formBody(Map<String, String> hidden, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(hidden);
        all.putAll(fields);
        return all.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }
}
