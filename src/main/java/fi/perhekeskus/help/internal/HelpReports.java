package fi.perhekeskus.help.internal;

import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.platform.WorkingDays;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Leadership figures per family centre area and month (the month of receipt, Finnish time),
 * aggregated in the database and then passed through {@link SmallCounts}. A request counts as
 * started at its first contact, or for an anonymous question at its answer; it is on time when
 * that day is on or before its 7th-working-day deadline, and late when started after it or still
 * open and unstarted after it. Requests closed without any contact count as neither.
 */
@Service
public class HelpReports {

    private final JdbcClient jdbc;
    private final Clock clock;

    HelpReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every month from {@code from} to {@code to} for each of {@code areas}, in the areas' order, zero months too. */
    public List<HelpReportRow> report(List<FamilyCentreArea> areas, YearMonth from, YearMonth to) {
        List<AreaMonthFigures> figures = figures(areas, from, to);
        return figures.stream().map(SmallCounts::suppress).toList();
    }

    List<AreaMonthFigures> figures(List<FamilyCentreArea> areas, YearMonth from, YearMonth to) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Map<String, Object>> rows = new HashMap<>();
        if (!areas.isEmpty()) {
            jdbc.sql(SQL)
                    .param("areas", areas.stream().map(a -> a.id().value().toString()).toArray(String[]::new))
                    .param("from", from.atDay(1).atStartOfDay())
                    .param("to", to.plusMonths(1).atDay(1).atStartOfDay())
                    .param("today", today)
                    .param("holidays", weekdayHolidays(from.atDay(1), today.plusYears(1)))
                    .query(rs -> {
                        Map<String, Object> row = new HashMap<>();
                        for (String column : COLUMNS) row.put(column, rs.getObject(column));
                        rows.put(rs.getString("area_id") + "/" + rs.getString("month"), row);
                    });
        }
        List<AreaMonthFigures> result = new ArrayList<>();
        for (FamilyCentreArea area : areas) {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                Map<String, Object> row = rows.getOrDefault(area.id().value() + "/" + month, Map.of());
                Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
                for (Channel channel : Channel.values()) byChannel.put(channel, number(row, channel.name().toLowerCase()));
                Object median = row.get("median_working_days");
                result.add(new AreaMonthFigures(area.id(), area.name(), area.region(), month, number(row, "received"),
                        byChannel, number(row, "on_time"), number(row, "late"), number(row, "started"),
                        median == null ? null : ((Number) median).doubleValue()));
            }
        }
        return result;
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Holidays falling on weekdays, for the working-day count in SQL: the calendar lives in Java
     * ({@link WorkingDays}) and is handed over as a list rather than kept twice.
     */
    static String[] weekdayHolidays(LocalDate from, LocalDate to) {
        List<String> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && WorkingDays.isHoliday(d)) {
                days.add(d.toString());
            }
        }
        return days.toArray(String[]::new);
    }

    private static final List<String> COLUMNS = List.of("received", "help_button", "api", "phone", "walk_in",
            "social_services_contact", "child_protection_notification", "on_time", "late", "started",
            "median_working_days");

    // Received times are timestamptz; months and days are Finnish ones.
    private static final String SQL = """
            WITH r AS (
                SELECT family_centre_area_id, channel, status, start_deadline,
                       to_char(received_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month,
                       (received_at AT TIME ZONE 'Europe/Helsinki')::date AS received_day,
                       (coalesce(first_contact_at, answered_at) AT TIME ZONE 'Europe/Helsinki')::date AS started_day
                FROM help_request
                WHERE family_centre_area_id = ANY(CAST(:areas AS uuid[]))
                  AND received_at >= (CAST(:from AS timestamp) AT TIME ZONE 'Europe/Helsinki')
                  AND received_at < (CAST(:to AS timestamp) AT TIME ZONE 'Europe/Helsinki')
            ), w AS (
                SELECT r.*, CASE WHEN started_day IS NULL THEN NULL ELSE (
                           SELECT count(*) FROM generate_series(received_day + 1, started_day, interval '1 day') d
                           WHERE extract(isodow FROM d) < 6 AND d::date <> ALL(CAST(:holidays AS date[])))
                       END AS working_days
                FROM r
            )
            SELECT family_centre_area_id AS area_id, month,
                   count(*) AS received,
                   count(*) FILTER (WHERE channel = 'HELP_BUTTON') AS help_button,
                   count(*) FILTER (WHERE channel = 'API') AS api,
                   count(*) FILTER (WHERE channel = 'PHONE') AS phone,
                   count(*) FILTER (WHERE channel = 'WALK_IN') AS walk_in,
                   count(*) FILTER (WHERE channel = 'SOCIAL_SERVICES_CONTACT') AS social_services_contact,
                   count(*) FILTER (WHERE channel = 'CHILD_PROTECTION_NOTIFICATION') AS child_protection_notification,
                   count(*) FILTER (WHERE started_day <= start_deadline) AS on_time,
                   count(*) FILTER (WHERE started_day > start_deadline
                       OR (started_day IS NULL AND status IN ('NEW', 'IN_PROGRESS') AND start_deadline < :today)) AS late,
                   count(started_day) AS started,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY working_days) AS median_working_days
            FROM w
            GROUP BY family_centre_area_id, month""";
}
