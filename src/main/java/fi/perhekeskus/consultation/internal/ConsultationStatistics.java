package fi.perhekeskus.consultation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Consultations per expertise (or team), family centre area and month, aggregated in SQL. The response
 * time is the first answer minus the asking, in calendar hours (working hours would hide weekends the
 * asker waited through); "in time" means answered by the due time set when asked.
 */
@Service
class ConsultationStatistics {

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsultationStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Months from {@code from} (inclusive) to {@code to} (exclusive), in Finnish time. */
    List<ConsultationView.Row> rows(LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("""
                SELECT expertise_code, family_centre_area_id, team_id,
                       to_char(created_at AT TIME ZONE :zone, 'YYYY-MM') AS month,
                       count(*) AS asked,
                       count(answered_at) AS answered,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at) / 3600.0)
                           FILTER (WHERE answered_at IS NOT NULL) AS median_hours,
                       count(*) FILTER (WHERE answered_at <= due_at) AS in_time,
                       count(*) FILTER (WHERE answered_at IS NOT NULL OR due_at < :now) AS due
                FROM consultation
                WHERE created_at >= :from AND created_at < :to
                GROUP BY expertise_code, family_centre_area_id, team_id, month
                ORDER BY month DESC, expertise_code, family_centre_area_id""")
                .param("zone", zone.getId()).param("now", Timestamp.from(clock.instant()))
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new ConsultationView.Row(rs.getString("expertise_code"),
                        rs.getObject("family_centre_area_id", UUID.class), rs.getObject("team_id", UUID.class),
                        rs.getString("month"), rs.getLong("asked"), rs.getLong("answered"),
                        (Double) rs.getObject("median_hours"), rs.getLong("in_time"), rs.getLong("due")))
                .list();
    }
}
