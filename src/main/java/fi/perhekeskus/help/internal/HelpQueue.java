package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.HelpRequestRules;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.platform.WorkingDays;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The on-call queue: open requests the worker may handle, filtered in the database by the same
 * rules as the action catalogue, nearest deadline first.
 */
@Service
public class HelpQueue {

    /** The nearest pending deadline of a request row {@code r} (see {@link QueueItem#due()}). */
    static final String DUE = """
            least(
                CASE WHEN r.urgency IS NULL OR (r.urgency = 'IMMEDIATE' AND r.first_contact_at IS NULL)
                     THEN (r.received_at AT TIME ZONE 'Europe/Helsinki')::date END,
                CASE WHEN r.first_contact_at IS NULL THEN r.start_deadline END,
                r.inquiry_decision_deadline,
                r.assessment_deadline)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    HelpQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public QueueSummary openFor(UserId user, boolean onlyMine) {
        LocalDate today = LocalDate.now(clock.withZone(HelpRequestIntake.FINLAND));
        String permitted = "(EXISTS (" + HelpRequestRules.OF_MY_AREAS.replace(":targetId", "q.id")
                + ") OR EXISTS (" + HelpRequestRules.MINE.replace(":targetId", "q.id") + "))";
        List<QueueItem> items = jdbc.sql("""
                SELECT r.id, r.received_at, r.channel, coalesce(a.name, r.municipality) AS place,
                       r.municipality, r.child_ages, r.expecting, r.contact_method, r.urgency, r.status,
                       u.display_name AS assigned_name, r.assigned_to = :userId AS mine, %s AS due
                FROM help_request r
                JOIN help_request q ON q.id = r.id
                LEFT JOIN family_centre_area a ON a.id = r.family_centre_area_id
                LEFT JOIN app_user u ON u.id = r.assigned_to
                WHERE r.status IN ('NEW', 'IN_PROGRESS') AND %s
                  AND (NOT :onlyMine OR r.assigned_to = :userId OR r.responsible_worker = :userId)
                ORDER BY due NULLS LAST, r.received_at""".formatted(DUE, permitted))
                .param("userId", user.value()).param("onlyMine", onlyMine)
                .query((rs, n) -> item(rs, today)).list();
        return new QueueSummary(items,
                (int) items.stream().filter(QueueItem::urgencyUnassessed).count(),
                (int) items.stream().filter(i -> i.deadlineState() == DeadlineState.DUE_SOON).count(),
                (int) items.stream().filter(i -> i.deadlineState() == DeadlineState.OVERDUE).count());
    }

    private static QueueItem item(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due", LocalDate.class);
        String place = rs.getString("place");
        String municipality = rs.getString("municipality");
        if (place != null && municipality != null && !place.contains(municipality)) place = municipality + " / " + place;
        return new QueueItem(rs.getObject("id", UUID.class),
                rs.getObject("received_at", OffsetDateTime.class).atZoneSameInstant(HelpRequestIntake.FINLAND),
                Channel.valueOf(rs.getString("channel")), place, ages(rs.getArray("child_ages")),
                rs.getBoolean("expecting"), ContactMethod.valueOf(rs.getString("contact_method")),
                rs.getString("urgency") == null ? null : Urgency.valueOf(rs.getString("urgency")),
                HelpStatus.valueOf(rs.getString("status")), rs.getString("assigned_name"), rs.getBoolean("mine"),
                due, DeadlineState.of(due, today), due == null ? 0 : WorkingDays.workingDaysBetween(today, due));
    }

    static List<Integer> ages(Array array) throws SQLException {
        if (array == null) return List.of();
        return Arrays.stream((Short[]) array.getArray()).map(Short::intValue).toList();
    }
}
