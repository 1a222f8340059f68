package fi.perhekeskus.directory.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * "Who do I consult about this expertise in this area?" Key persons whose active assignment serves
 * the area and named special-level workers of that expertise there; when the area has nobody, the
 * nearest: the same planning area, then the same region. One query ranks every candidate of the
 * region by distance and keeps the nearest rank, so the fallback costs no extra round trips.
 */
@Repository
class FinderQuery {

    /** How far the answer is from the asked area: 0 the area itself, 1 its planning area, 2 its region. */
    enum Distance { AREA, PLANNING_AREA, REGION }

    record Contact(UUID professionalId, String kind, String name, String title, String organisation,
            String languages, String phone, String email, String otherContact, String workForms,
            java.math.BigDecimal weeklyHours, String serviceName, String deputyName, String deputyPhone,
            String deputyEmail, String areaNames, String areaIds, int distance) {

        public List<String> languageList() {
            return split(languages);
        }

        public List<String> workFormList() {
            return split(workForms);
        }

        public boolean keyPerson() {
            return "KEY_PERSON".equals(kind);
        }
    }

    record FreeSlot(OffsetDateTime startsAt, String teamName, String areaName) {}

    record Result(List<Contact> contacts, Optional<Distance> distance, String nearestName, Optional<FreeSlot> slot) {
        public boolean fallback() {
            return distance.isPresent() && distance.get() != Distance.AREA;
        }
    }

    private static final String NEAR = """
            WITH target AS (
                SELECT a.id, a.planning_area_id, pa.region_id FROM family_centre_area a
                JOIN planning_area pa ON pa.id = a.planning_area_id WHERE a.id = :area
            ), near AS (
                SELECT a.id AS area_id, CASE WHEN a.id = t.id THEN 0 WHEN a.planning_area_id = t.planning_area_id
                    THEN 1 ELSE 2 END AS distance
                FROM target t JOIN planning_area pa ON pa.region_id = t.region_id
                JOIN family_centre_area a ON a.planning_area_id = pa.id
            )
            """;

    private final JdbcClient jdbc;

    FinderQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Result find(String expertise, UUID area, LocalDate today, Locale locale) {
        List<Contact> all = jdbc.sql(NEAR + """
                , hits AS (
                    SELECT 'KEY_PERSON' AS kind, k.id, k.professional_id, min(n.distance) AS distance
                    FROM near n JOIN key_person_assignment_area ka ON ka.family_centre_area_id = n.area_id
                    JOIN key_person_assignment k ON k.id = ka.assignment_id
                    WHERE k.expertise_code = :expertise AND k.starts_on <= :today
                      AND (k.ends_on IS NULL OR k.ends_on >= :today)
                    GROUP BY k.id
                    UNION ALL
                    SELECT 'SPECIAL_SERVICE_WORKER', w.id, w.professional_id, min(n.distance)
                    FROM near n JOIN named_worker w ON w.family_centre_area_id = n.area_id
                    WHERE w.role = 'SPECIAL_SERVICE_WORKER' AND w.expertise_code = :expertise
                      AND w.starts_on <= :today AND (w.ends_on IS NULL OR w.ends_on >= :today)
                    GROUP BY w.id
                ), nearest AS (
                    SELECT h.* FROM hits h JOIN professional p ON p.id = h.professional_id AND p.active
                    WHERE h.distance = (SELECT min(h2.distance) FROM hits h2
                                        JOIN professional p2 ON p2.id = h2.professional_id AND p2.active)
                )
                SELECT h.professional_id, h.kind, p.name, p.title, p.organisation,
                       array_to_string(p.languages, ',') AS languages, p.phone, p.email, p.other_contact,
                       array_to_string(k.work_forms, ',') AS work_forms, k.weekly_hours, w.service_name,
                       d.name AS deputy_name, d.phone AS deputy_phone, d.email AS deputy_email,
                       (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM family_centre_area a
                        WHERE a.id IN (SELECT ka.family_centre_area_id FROM key_person_assignment_area ka
                                       WHERE ka.assignment_id = k.id) OR a.id = w.family_centre_area_id) AS area_names,
                       (SELECT string_agg(a.id::text, ',' ORDER BY a.name) FROM family_centre_area a
                        WHERE a.id IN (SELECT ka.family_centre_area_id FROM key_person_assignment_area ka
                                       WHERE ka.assignment_id = k.id) OR a.id = w.family_centre_area_id) AS area_ids,
                       h.distance
                FROM nearest h JOIN professional p ON p.id = h.professional_id
                LEFT JOIN key_person_assignment k ON h.kind = 'KEY_PERSON' AND k.id = h.id
                LEFT JOIN named_worker w ON h.kind = 'SPECIAL_SERVICE_WORKER' AND w.id = h.id
                LEFT JOIN professional d ON d.id = k.deputy_id AND d.active
                ORDER BY h.kind, p.name
                LIMIT 200""")
                .param("area", area).param("expertise", expertise).param("today", today)
                .query(Contact.class).list();
        Optional<Distance> distance = all.stream().findFirst().map(c -> Distance.values()[c.distance()]);
        String nearestName = distance.map(d -> nameOf(area, d)).orElse(null);
        return new Result(all, distance, nearestName, nextFreeSlot(area));
    }

    /** The next free consultation time of a team in the area, else the nearest area's. */
    Optional<FreeSlot> nextFreeSlot(UUID area) {
        return jdbc.sql(NEAR + """
                SELECT s.starts_at, t.name AS team_name, a.name AS area_name
                FROM near n JOIN multiprofessional_team t ON t.family_centre_area_id = n.area_id AND t.active
                JOIN family_centre_area a ON a.id = n.area_id
                JOIN LATERAL (SELECT s.starts_at FROM consultation_slot s WHERE s.team_id = t.id
                              AND s.booked_by IS NULL AND s.starts_at > now() ORDER BY s.starts_at LIMIT 1) s ON true
                ORDER BY n.distance, s.starts_at LIMIT 1""")
                .param("area", area).query(FreeSlot.class).optional();
    }

    private String nameOf(UUID area, Distance distance) {
        return jdbc.sql(switch (distance) {
            case AREA -> "SELECT name FROM family_centre_area WHERE id = :area";
            case PLANNING_AREA -> """
                    SELECT pa.name FROM family_centre_area a JOIN planning_area pa ON pa.id = a.planning_area_id
                    WHERE a.id = :area""";
            case REGION -> """
                    SELECT r.name FROM family_centre_area a JOIN planning_area pa ON pa.id = a.planning_area_id
                    JOIN region r ON r.id = pa.region_id WHERE a.id = :area""";
        }).param("area", area).query(String.class).single();
    }

    record KeyPersonRow(UUID id, String name, String organisation, String expertise, String areaIds,
            String areaNames, String phone, String email, String otherContact) {}

    /** Key persons whose active assignment serves exactly this area (the API; no fallback). */
    List<KeyPersonRow> keyPersons(String expertise, UUID area, LocalDate today) {
        return jdbc.sql("""
                SELECT DISTINCT ON (p.name, p.id) p.id, p.name, p.organisation, k.expertise_code AS expertise,
                       (SELECT string_agg(a.id::text, E'\\x1f' ORDER BY a.name) FROM key_person_assignment_area x
                        JOIN family_centre_area a ON a.id = x.family_centre_area_id WHERE x.assignment_id = k.id) AS area_ids,
                       (SELECT string_agg(a.name, E'\\x1f' ORDER BY a.name) FROM key_person_assignment_area x
                        JOIN family_centre_area a ON a.id = x.family_centre_area_id WHERE x.assignment_id = k.id) AS area_names,
                       p.phone, p.email, p.other_contact
                FROM key_person_assignment_area ka
                JOIN key_person_assignment k ON k.id = ka.assignment_id
                JOIN professional p ON p.id = k.professional_id AND p.active
                WHERE ka.family_centre_area_id = :area AND k.expertise_code = :expertise
                  AND k.starts_on <= :today AND (k.ends_on IS NULL OR k.ends_on >= :today)
                ORDER BY p.name, p.id, k.starts_on
                LIMIT 500""")
                .param("area", area).param("expertise", expertise).param("today", today)
                .query(KeyPersonRow.class).list();
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
