package fi.perhekeskus.help;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opens a notification form as a browser would (its CSRF token and the hidden submission key of
 * this rendering), posts it with the given fields, and reads back what was stored, found by a
 * marker the test put in the concern (other tests insert help requests too).
 */
final class NotificationForms {


    private NotificationForms() {}

    /** The hidden fields of one rendering of the form at {@code path}. */
    static Map<String, String> open(WebClientSession browser, String path) {
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).as("GET " + path).isEqualTo(200);
        Map<String, String> hidden = new LinkedHashMap<>();
        hidden.put("_csrf", WebClientSession.csrfToken(page));
        Matcher m = Pattern.compile("<input[^>]*name=\"submissionKey\"[^>]*>").matcher(page.body());
        assertThat(m.find()).as("a submission key in the form").isTrue();
        Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(m.group());
        assertThat(value.find()).isTrue();
        hidden.put("submissionKey", value.group(1));
        return hidden;
    }

    static HttpResponse<String> send(WebClientSession browser, String path, Map<String, String> hidden,
            Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(hidden);
        form.putAll(fields);
        return browser.post(path, form);
    }

    static String marker() {
        return "marker-" + UUID.randomUUID();
    }

    static long requests(JdbcClient jdbc, String marker) {
        return jdbc.sql("SELECT count(*) FROM help_request WHERE concern LIKE :m").param("m", "%" + marker + "%")
                .query(Long.class).single();
    }

    /** Detail rows whose request's concern carries the marker, or whose names do (rows without a request cannot exist). */
    static long details(JdbcClient jdbc, String marker) {
        return jdbc.sql("""
                SELECT count(*) FROM help_notification n LEFT JOIN help_request r ON r.id = n.request_id
                WHERE r.concern LIKE :m OR n.names LIKE :m OR n.family_participants LIKE :m""")
                .param("m", "%" + marker + "%").query(Long.class).single();
    }

    static Optional<Map<String, Object>> stored(JdbcClient jdbc, String marker) {
        return jdbc.sql("""
                SELECT r.id, r.channel, r.receipt_code, r.contact_method, r.contact_value, r.expecting, r.child_ages,
                       r.municipality, r.family_centre_area_id, r.inquiry_decision_deadline, r.purge_after, r.concern,
                       n.*
                FROM help_request r JOIN help_notification n ON n.request_id = r.id WHERE r.concern LIKE :m""")
                .param("m", "%" + marker + "%").query().listOfRows().stream().findFirst();
    }

    /** The newest audit event of a type about the request, with its details as JSON text. */
    static Optional<Map<String, Object>> audit(JdbcClient jdbc, String type, Object requestId) {
        return jdbc.sql("""
                SELECT actor, actor_id, outcome, details::text AS details FROM audit_event
                WHERE type = :type AND target = :target ORDER BY id DESC LIMIT 1""")
                .param("type", type).param("target", requestId.toString()).query().listOfRows().stream().findFirst();
    }

    static void assertFieldError(HttpResponse<String> page, String field, String message) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"error-summary\"")
                .containsPattern("id=\"" + field + "-error\"[^>]*>" + Pattern.quote(message))
                .contains("href=\"#" + field + "\"");
    }

    /** Removes what a test stored (with its history and submission key), so the on-call queue of the demo area stays as demo data left it. */
    static void delete(JdbcClient jdbc, String marker) {
        jdbc.sql("DELETE FROM help_request WHERE concern LIKE :m").param("m", "%" + marker + "%").update();
    }
}
