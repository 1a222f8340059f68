package fi.perhekeskus.help.internal;

import fi.perhekeskus.help.HelpRequestId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The request's own history, in the order things happened, for the worker's view. */
final class HelpRequestHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HelpRequestHistory() {}

    static void append(JdbcClient jdbc, HelpRequestId request, UUID actor, String kind, Map<String, ?> details,
            Instant at) {
        jdbc.sql("""
                INSERT INTO help_request_history (request_id, occurred_at, actor_id, kind, details)
                VALUES (:request, :at, :actor, :kind, CAST(:details AS jsonb))""")
                .param("request", request.value()).param("at", Timestamp.from(at)).param("actor", actor)
                .param("kind", kind).param("details", details.isEmpty() ? null : JSON.writeValueAsString(details))
                .update();
    }
}
