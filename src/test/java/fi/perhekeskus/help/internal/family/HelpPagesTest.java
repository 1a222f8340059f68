package fi.perhekeskus.help.internal.family;

import static fi.perhekeskus.help.internal.family.HelpApiClient.marker;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The families' pages over real HTTP: the button, the form and its messages, the receipt. */
@PerhekeskusTest
class HelpPagesTest {

    private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("data-testid=\"receipt-code\">([A-Z2-9-]+)<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPublicPageHasTheAskForHelpButtonInItsLanguage() {
        var visitor = new WebClientSession(port);
        for (String path : new String[] {"/", "/areas", "/services", "/login", "/help/receipt"}) {
            assertThat(visitor.get(path).body()).as(path).contains("<a class=\"help-button\" href=\"/help\">Pyydä apua</a>");
        }
        assertThat(visitor.get("/?lang=sv").body()).contains("href=\"/help\">Be om hjälp</a>");
        assertThat(visitor.get("/?lang=en").body()).contains("href=\"/help\">Ask for help</a>");
    }

    @Test
    void theFormSaysItIsNotForEmergenciesAndOffersTampereByArea() {
        var page = new WebClientSession(port).get("/help");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hätätilanteessa soita 112", "09 2525 0111", "116 111", "Sosiaalipäivystys")
                .contains("Tampere – Hervanta–Vuores", "Tampere (en tiedä aluetta)", ">Nokia<")
                .contains("name=\"submissionKey\"", "name=\"_csrf\"");
    }

    @Test
    void mistakesComeBackOnTheirFieldsWithWhatWasTypedEscaped() {
        var family = new WebClientSession(port);
        String script = marker() + " <script>alert('x')</script>";
        Map<String, String> form = form(family, script);
        form.put("childAges", "4, 19");
        form.put("contactMethod", "EMAIL");
        form.put("email", "ei-osoite");

        var page = family.post("/help", form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"error-summary\"")
                .contains("href=\"#childAges\">Kirjoita lasten iät numeroina 0–17")
                .contains("href=\"#email\">Tarkista sähköpostiosoite")
                .contains("aria-describedby=\"email-error\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert")
                .contains("value=\"4, 19\"");
        assertThat(count(script)).isZero();
    }

    @Test
    void aHundredKilobyteConcernIsAFieldMessageNotAnError() {
        var family = new WebClientSession(port);
        family.setCookie("lang", "en");
        Map<String, String> form = form(family, marker() + "x".repeat(100_000));

        var page = family.post("/help", form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("href=\"#concern\">The message is too long: at most 4000 characters");
    }

    @Test
    void aSentFormRedirectsToItsReceiptAndAResentFormMakesNoSecondRequest() {
        var family = new WebClientSession(port);
        String concern = marker() + " lapsi ei nuku";
        Map<String, String> form = form(family, concern);

        var sent = family.post("/help", form);
        var resent = family.post("/help", form);

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(sent)).endsWith("/help/sent");
        assertThat(resent.statusCode()).isEqualTo(302);
        var thanks = family.get("/help/sent");
        String code = code(thanks);
        assertThat(thanks.body()).contains("Kiitos, viestisi on vastaanotettu", "Vastaanotettu, odottaa käsittelyä");
        assertThat(code(family.get("/help/sent"))).as("a reload").isEqualTo(code);
        assertThat(count(concern)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT channel FROM help_request WHERE receipt_code = :c").param("c", code)
                .query(String.class).single()).isEqualTo("HELP_BUTTON");
        // Nothing of the visitor's connection goes with the request or its audit entries.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE target = (SELECT id::text FROM help_request WHERE receipt_code = :c)
                AND (coalesce(details::text, '') LIKE '%127.0.0.1%' OR actor <> 'anonymous')""")
                .param("c", code).query(Integer.class).single()).isZero();
    }

    @Test
    void theSameFormSentAgainWithOtherContentsAsksInsteadOfGuessing() {
        var family = new WebClientSession(port);
        Map<String, String> form = form(family, marker() + " ensin");
        assertThat(family.post("/help", form).statusCode()).isEqualTo(302);
        String changed = marker() + " muutettu";
        form.put("concern", changed);

        var page = family.post("/help", form);

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("Tämä lomake on jo lähetetty");
        Matcher key = KEY.matcher(page.body());
        assertThat(key.find()).isTrue();
        assertThat(key.group(1)).isNotEqualTo(form.get("submissionKey"));
        assertThat(count(changed)).isZero();
    }

    @Test
    void anAnonymousQuestionForgetsANumberTypedBeforeChoosingIt() {
        var family = new WebClientSession(port);
        String concern = marker() + " nimetön";
        Map<String, String> form = form(family, concern);
        form.put("contactMethod", "NONE");
        form.put("phone", "040 765 4321");

        assertThat(family.post("/help", form).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT contact_value IS NULL AND purge_after IS NOT NULL FROM help_request WHERE concern = :c")
                .param("c", concern).query(Boolean.class).single()).isTrue();
    }

    @Test
    void withoutTheCsrfTokenTheFormIsRefused() {
        var family = new WebClientSession(port);
        Map<String, String> form = form(family, marker());
        form.remove("_csrf");
        assertThat(family.post("/help", form).statusCode()).isEqualTo(403);
    }

    @Test
    void theReceiptPageShowsStatusAndAnswerEscapedAndAuditsTheView() {
        var family = new WebClientSession(port);
        assertThat(family.post("/help", form(family, marker())).statusCode()).isEqualTo(302);
        String code = code(family.get("/help/sent"));
        String id = jdbc.sql("SELECT id::text FROM help_request WHERE receipt_code = :c").param("c", code)
                .query(String.class).single();
        jdbc.sql("UPDATE help_request SET status = 'ANSWERED', answer = :a, answered_at = now() WHERE id = :id::uuid")
                .param("a", "Soita neuvolaan <script>alert(1)</script>").param("id", id).update();
        long before = new AuditRows(jdbc).newestId();

        var other = new WebClientSession(port);
        var page = other.postWithCsrfFrom("/help/receipt", "/help/receipt",
                Map.of("code", code.toLowerCase().replace("-", " ")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(code, "Vastattu", "Soita neuvolaan &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(new AuditRows(jdbc).since(before, "anonymous")).anySatisfy(row -> {
            assertThat(row.type()).isEqualTo("HELP_RECEIPT_VIEWED");
            assertThat(row.target()).isEqualTo(id);
        });
    }

    @Test
    void anUnknownAndAMalformedCodeGetTheSameFriendly404() {
        var visitor = new WebClientSession(port);
        visitor.setCookie("lang", "sv");
        var unknown = visitor.postWithCsrfFrom("/help/receipt", "/help/receipt", Map.of("code", "ABCD-EFGH-JKMN"));
        var malformed = visitor.postWithCsrfFrom("/help/receipt", "/help/receipt", Map.of("code", "<b>x</b>"));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Ingen begäran hittades med koden");
        assertThat(malformed.body()).contains("Ingen begäran hittades med koden").contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void theThankYouPageWithoutASentFormLeadsToTheReceiptPage() {
        var response = new WebClientSession(port).get("/help/sent");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebClientSession.location(response)).endsWith("/help/receipt");
    }

    /** A filled form as the page gives it: the page's CSRF token and submission key. */
    static Map<String, String> form(WebClientSession family, String concern) {
        HttpResponse<String> page = family.get("/help");
        Matcher key = KEY.matcher(page.body());
        assertThat(key.find()).as("a submission key on the form").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", WebClientSession.csrfToken(page));
        form.put("submissionKey", key.group(1));
        form.put("childAges", "4, 9");
        form.put("concern", concern);
        form.put("topics", "PARENTING");
        form.put("place", "Nokia");
        form.put("language", "fi");
        form.put("contactMethod", "PHONE");
        form.put("phone", "+358 40 1234567");
        return form;
    }

    static String code(HttpResponse<String> page) {
        Matcher code = CODE.matcher(page.body());
        assertThat(code.find()).as("a receipt code on %s", page.body()).isTrue();
        return code.group(1);
    }

    int count(String concern) {
        return jdbc.sql("SELECT count(*) FROM help_request WHERE concern = :c").param("c", concern)
                .query(Integer.class).single();
    }
}
