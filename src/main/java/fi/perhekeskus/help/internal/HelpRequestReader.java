package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.FamilyCentreAreaId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads one request and its history for the worker's page (the caller checks the action and audits). */
@Service
public class HelpRequestReader {

    private final JdbcClient jdbc;
    private final Clock clock;

    HelpRequestReader(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<RequestDetails> find(UUID id) {
        LocalDate today = LocalDate.now(clock.withZone(HelpRequestIntake.FINLAND));
        return jdbc.sql("""
                SELECT r.*, a.name AS area_name, ua.display_name AS assessed_name, us.display_name AS assigned_name,
                       ur.display_name AS responsible_name, %s AS due,
                       ARRAY(SELECT service_id FROM help_request_service s WHERE s.request_id = r.id) AS services
                FROM help_request r
                LEFT JOIN family_centre_area a ON a.id = r.family_centre_area_id
                LEFT JOIN app_user ua ON ua.id = r.urgency_assessed_by
                LEFT JOIN app_user us ON us.id = r.assigned_to
                LEFT JOIN app_user ur ON ur.id = r.responsible_worker
                WHERE r.id = :id""".formatted(HelpQueue.DUE))
                .param("id", id).query((rs, n) -> details(rs, today)).optional();
    }

    public List<RequestDetails.Event> history(UUID id) {
        return jdbc.sql("""
                SELECT h.occurred_at, u.display_name, h.kind, h.details ->> 'note' AS detail
                FROM help_request_history h LEFT JOIN app_user u ON u.id = h.actor_id
                WHERE h.request_id = :id ORDER BY h.id""")
                .param("id", id)
                .query((rs, n) -> new RequestDetails.Event(zoned(rs, "occurred_at"), rs.getString("display_name"),
                        rs.getString("kind"), rs.getString("detail")))
                .list();
    }

    private static RequestDetails details(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due", LocalDate.class);
        UUID area = rs.getObject("family_centre_area_id", UUID.class);
        return new RequestDetails(rs.getObject("id", UUID.class), rs.getString("receipt_code"),
                Channel.valueOf(rs.getString("channel")), zoned(rs, "received_at"),
                area == null ? null : new FamilyCentreAreaId(area), rs.getString("area_name"),
                rs.getString("municipality"), rs.getString("language"), rs.getString("concern"),
                Arrays.asList((String[]) rs.getArray("topics").getArray()), HelpQueue.ages(rs.getArray("child_ages")),
                rs.getBoolean("expecting"), ContactMethod.valueOf(rs.getString("contact_method")),
                rs.getString("contact_value"), HelpStatus.valueOf(rs.getString("status")),
                rs.getString("urgency") == null ? null : Urgency.valueOf(rs.getString("urgency")),
                zoned(rs, "urgency_assessed_at"), rs.getString("assessed_name"),
                rs.getObject("start_deadline", LocalDate.class), rs.getBoolean("special_support"),
                rs.getObject("assessment_deadline", LocalDate.class),
                rs.getObject("inquiry_decision_deadline", LocalDate.class),
                user(rs, "assigned_to"), rs.getString("assigned_name"), user(rs, "responsible_worker"),
                rs.getString("responsible_name"), zoned(rs, "first_contact_at"),
                rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                rs.getString("outcome_note"), rs.getString("answer"), zoned(rs, "answered_at"),
                Arrays.asList((UUID[]) rs.getArray("services").getArray()), rs.getInt("version"), due,
                DeadlineState.of(due, today));
    }

    private static UserId user(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new UserId(id);
    }

    static ZonedDateTime zoned(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(HelpRequestIntake.FINLAND);
    }
}
