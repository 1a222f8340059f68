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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SHL 35 §: a professional's contact with the person's consent recorded, and who may make one. */
@PerhekeskusTest
class SocialServicesContactTest {

    static final String FORM = "/help/contact";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String marker;
    String professional;
    WebClientSession browser;

    @BeforeEach
    void setUp() {
        marker = marker();
        professional = WebClientSession.createUser(port, "contact", "pw-123456", "Kalle Koulukuraattori", "KEY_PERSON");
        browser = new WebClientSession(port).loggedInAs(professional, "pw-123456");
    }

    @Test
    void consentNotObtainableNeedsAReason() {
        var hidden = open(browser, FORM);
        var fields = fields();
        fields.put("consent", "NOT_OBTAINABLE");

        assertFieldError(send(browser, FORM, hidden, fields), "consentReason",
                "Kerro, miksi suostumusta ei annettu tai saatu.");
        assertNothingSaved();

        fields.put("consentReason", "Vanhempaa ei tavoitettu kolmen päivän aikana.");
        var response = send(browser, FORM, hidden, fields);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith(FORM + "/sent/" + hidden.get("submissionKey"));
        var row = stored(jdbc, marker).orElseThrow();
        assertThat(row.get("channel")).isEqualTo("SOCIAL_SERVICES_CONTACT");
        assertThat(row.get("consent")).isEqualTo("NOT_OBTAINABLE");
        assertThat(row.get("consent_reason")).isEqualTo("Vanhempaa ei tavoitettu kolmen päivän aikana.");
        assertThat(row.get("notifier_kind")).isEqualTo("PROFESSIONAL");
        assertThat(row.get("notifier_name")).isEqualTo("Kalle Koulukuraattori");
        assertThat(row.get("notifier_user_id")).isEqualTo(userId(professional));
        assertThat(row.get("notifier_email")).isEqualTo("kalle@example.fi");
        assertThat(row.get("contact_method")).isEqualTo("PHONE");
        assertThat(row.get("contact_value")).isEqualTo("040 555 1234");
        assertThat(row.get("inquiry_decision_deadline")).as("not a child-protection notification").isNull();
        assertThat(row.get("actions_taken")).isEqualTo("Keskusteltu kahdesti vanhemman kanssa.");
        var audit = NotificationForms.audit(jdbc, "SOCIAL_SERVICES_CONTACT_MADE", row.get("id")).orElseThrow();
        assertThat(audit.get("actor")).isEqualTo(professional);
        assertThat((String) audit.get("details")).contains("NOT_OBTAINABLE");

        var confirmation = browser.get(location(response));
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains((String) row.get("receipt_code")).contains("seitsemäntenä arkipäivänä")
                .contains("href=\"/help/child-protection\"");
    }

    @Test
    void refusedConsentAlsoNeedsAReasonAndGivenConsentNone() {
        var fields = fields();
        fields.put("consent", "REFUSED");
        assertFieldError(send(browser, FORM, open(browser, FORM), fields), "consentReason",
                "Kerro, miksi suostumusta ei annettu tai saatu.");
        assertNothingSaved();

        fields.put("consent", "GIVEN");
        fields.put("consentReason", "ei tarvita");
        fields.remove("phone");
        fields.put("email", "perhe@example.fi");
        assertThat(send(browser, FORM, open(browser, FORM), fields).statusCode()).isEqualTo(302);
        var row = stored(jdbc, marker).orElseThrow();
        assertThat(row.get("consent")).isEqualTo("GIVEN");
        assertThat(row.get("consent_reason")).as("no reason is kept for given consent").isNull();
        assertThat(row.get("contact_method")).isEqualTo("EMAIL");
        assertThat(row.get("contact_value")).isEqualTo("perhe@example.fi");
    }

    @Test
    void withoutTheFamilysContactDetailsTheContactMethodIsNone() {
        var fields = fields();
        fields.remove("phone");

        assertThat(send(browser, FORM, open(browser, FORM), fields).statusCode()).isEqualTo(302);
        var row = stored(jdbc, marker).orElseThrow();
        assertThat(row.get("contact_method")).isEqualTo("NONE");
        assertThat(row.get("contact_value")).isNull();
        assertThat(row.get("purge_after")).as("a professional's contact is not purged as an anonymous question").isNull();
    }

    @Test
    void consentMustBeRecorded() {
        var fields = fields();
        fields.remove("consent");

        assertFieldError(send(browser, FORM, open(browser, FORM), fields), "consent",
                "Valitse, antoiko henkilö suostumuksensa.");
        assertNothingSaved();
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() {
        var fields = fields();
        fields.put("names", "");
        fields.put("email", "perhe@");
        fields.put("municipality", "999");
        fields.put("age", "kolme");
        fields.put("professionalEmail", "");
        fields.put("professionalPhone", "");

        var response = send(browser, FORM, open(browser, FORM), fields);

        assertFieldError(response, "names", "Kirjoita henkilön tai perheenjäsenten nimet.");
        assertFieldError(response, "email", "Tarkista sähköpostiosoite");
        assertFieldError(response, "municipality", "Valitse kunta listasta.");
        assertFieldError(response, "age", "Anna lapsen ikä numerona");
        assertFieldError(response, "professionalPhone", "Anna puhelinnumero tai sähköpostiosoite, josta sinut tavoittaa.");
        assertNothingSaved();
    }

    @Test
    void aResentFormMakesOneContact() {
        var hidden = open(browser, FORM);

        var first = send(browser, FORM, hidden, fields());
        var again = send(browser, FORM, hidden, fields());

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(location(again)).isEqualTo(location(first));
        assertThat(requests(jdbc, marker)).isEqualTo(1);
        assertThat(details(jdbc, marker)).isEqualTo(1);
    }

    @Test
    void aSplitCityKeepsTheChosenArea() {
        var fields = fields();
        fields.put("municipality", "Tampere");

        assertThat(send(browser, FORM, open(browser, FORM), fields).statusCode()).isEqualTo(302);
        var row = stored(jdbc, marker).orElseThrow();
        assertThat(row.get("municipality")).isEqualTo("Tampere");
        assertThat(row.get("family_centre_area_id")).as("Tampere lies in several areas").isNull();
    }

    @Test
    void visitorIsSentToLogInAndNothingIsSaved() {
        var visitor = new WebClientSession(port);

        var page = visitor.get(FORM);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).endsWith("/login");

        var fields = new HashMap<>(fields());
        fields.put("submissionKey", UUID.randomUUID().toString());
        fields.put("_csrf", WebClientSession.csrfToken(visitor.get("/login")));
        var response = visitor.post(FORM, fields);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login");
        assertNothingSaved();
    }

    @Test
    void familyMemberIsRefused() {
        String parent = WebClientSession.createUser(port, "parent", "pw-123456", "Pia Perhe", "FAMILY_MEMBER");
        var family = new WebClientSession(port).loggedInAs(parent, "pw-123456");

        assertThat(family.get(FORM).statusCode()).isEqualTo(403);
        var fields = new HashMap<>(fields());
        fields.put("submissionKey", UUID.randomUUID().toString());
        fields.put("_csrf", WebClientSession.csrfToken(family.get("/help/child-protection")));
        assertThat(family.post(FORM, fields).statusCode()).isEqualTo(403);
        assertNothingSaved();
        assertThat(family.get("/").body()).doesNotContain("href=\"/help/contact\"");
    }

    @Test
    void theFrontPageLinksBothFormsForProfessionals() {
        var front = browser.get("/").body();

        assertThat(front).contains("href=\"/help/contact\"").contains("href=\"/help/child-protection\"");
        assertThat(new WebClientSession(port).get("/").body()).doesNotContain("href=\"/help/contact\"");
    }

    @AfterEach
    void removeWhatWasStored() {
        NotificationForms.delete(jdbc, marker);
    }

    private void assertNothingSaved() {
        assertThat(requests(jdbc, marker)).as("help_request rows").isZero();
        assertThat(details(jdbc, marker)).as("help_notification rows").isZero();
    }

    private Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("names", "Eetu Esimerkki ja Maija Esimerkki");
        fields.put("birthDate", "2.5.2016");
        fields.put("guardians", "Maija Esimerkki");
        fields.put("address", "Koulutie 3, Valkeakoski");
        fields.put("phone", "040 555 1234");
        fields.put("municipality", "Valkeakoski");
        fields.put("concern", "Lapsi on ollut paljon poissa koulusta ja vaikuttaa väsyneeltä. " + marker);
        fields.put("actionsTaken", "Keskusteltu kahdesti vanhemman kanssa.");
        fields.put("consent", "GIVEN");
        fields.put("professionalPhone", "03 123 4567");
        fields.put("professionalEmail", "kalle@example.fi");
        return fields;
    }

    private UUID userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(UUID.class).single();
    }
}
