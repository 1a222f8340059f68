package fi.perhekeskus.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The key persons of one expertise across all areas, so they can find each other (seed 000). */
@Repository
class NetworkQuery {

    record Member(UUID id, String name, String title, String organisation, String phone, String email,
            String otherContact, String areaNames, String region) {}

    private final JdbcClient jdbc;

    NetworkQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Member> members(String expertise, LocalDate today) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.title, p.organisation, p.phone, p.email, p.other_contact,
                       string_agg(DISTINCT a.name, ', ') AS area_names, min(r.name) AS region
                FROM key_person_assignment k
                JOIN professional p ON p.id = k.professional_id AND p.active
                JOIN key_person_assignment_area ka ON ka.assignment_id = k.id
                JOIN family_centre_area a ON a.id = ka.family_centre_area_id
                JOIN planning_area pa ON pa.id = a.planning_area_id JOIN region r ON r.id = pa.region_id
                WHERE k.expertise_code = :expertise AND k.starts_on <= :today AND (k.ends_on IS NULL OR k.ends_on >= :today)
                GROUP BY p.id ORDER BY min(r.name), p.name LIMIT 1000""")
                .param("expertise", expertise).param("today", today).query(Member.class).list();
    }
}
