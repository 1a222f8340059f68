package fi.perhekeskus.help.internal.family;

import static fi.perhekeskus.help.internal.family.HelpApiClient.marker;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Anonymous questions are deleted after their retention period; nothing else is. */
@PerhekeskusTest
class AnonymousQuestionPurgeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnonymousQuestionPurge purge;

    @Test
    void expiredAnonymousQuestionsAreDeletedWithTheirKeysAndTheCountIsAudited() {
        var api = new HelpApiClient(port);
        String expired = marker() + " vanha";
        String fresh = marker() + " uusi";
        String withContact = marker() + " puhelin";
        String anonymous = "\"municipality\": \"Nokia\", \"language\": \"fi\", \"contact\": {\"method\": \"none\"}";
        assertThat(api.post("{\"concern\": \"" + expired + "\", " + anonymous + "}", "Idempotency-Key",
                "purge-" + expired.replace(" ", "-")).statusCode()).isEqualTo(201);
        assertThat(api.post("{\"concern\": \"" + fresh + "\", " + anonymous + "}").statusCode()).isEqualTo(201);
        assertThat(api.post(HelpApiClient.body(withContact)).statusCode()).isEqualTo(201);
        jdbc.sql("UPDATE help_request SET purge_after = now() - interval '1 minute' WHERE concern = :c")
                .param("c", expired).update();
        jdbc.sql("UPDATE help_request SET answer = 'Vastaus', status = 'ANSWERED' WHERE concern = :c")
                .param("c", expired).update();

        int deleted = purge.purge();
        int again = purge.purge();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(again).as("nothing left to delete").isZero();
        assertThat(count(expired)).isZero();
        assertThat(count(fresh)).isEqualTo(1);
        assertThat(count(withContact)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM help_request_submission WHERE idempotency_key = :k")
                .param("k", "purge-" + expired.replace(" ", "-")).query(Integer.class).single()).isZero();
        var audit = jdbc.sql("""
                SELECT actor, target, details::text AS details FROM audit_event
                WHERE type = 'HELP_ANONYMOUS_PURGED' ORDER BY id DESC LIMIT 1""").query().singleRow();
        assertThat(audit).containsEntry("actor", "system").containsEntry("target", Integer.toString(deleted));
        assertThat((String) audit.get("details")).doesNotContain(expired).contains("\"count\"");
    }

    int count(String concern) {
        return jdbc.sql("SELECT count(*) FROM help_request WHERE concern = :c").param("c", concern)
                .query(Integer.class).single();
    }
}
