package fi.perhekeskus.directory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Professionals of the network, their roles, assignments and completed trainings. */
@Repository
class ProfessionalRepository {

    record Listed(UUID id, String name, String title, String organisation, String areaNames, int activeAssignments) {}

    record Professional(UUID id, String name, String title, String organisation, String languages, String phone,
            String email, String otherContact, boolean active, String areaIds, String areaNames) {

        public List<String> languageList() {
            return FinderQuery.split(languages);
        }

        public List<String> areaIdList() {
            return FinderQuery.split(areaIds);
        }
    }

    record Assignment(UUID id, String expertiseCode, String expertiseName, String scope, BigDecimal weeklyHours,
            String workForms, LocalDate startsOn, LocalDate endsOn, String deputyName, UUID successorId,
            boolean ended, int version, String areaNames) {

        public List<String> workFormList() {
            return FinderQuery.split(workForms);
        }

        public boolean activeOn(LocalDate day) {
            return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
        }
    }

    /** A named role (id set, endable) or a team membership (id null). */
    record NamedRole(UUID id, String role, String areaName, String serviceName, String expertiseName,
            LocalDate startsOn, LocalDate endsOn) {

        public boolean endable(LocalDate today) {
            return id != null && (endsOn == null || endsOn.isAfter(today));
        }
    }

    record Completed(String trainingName, LocalDate completedOn) {}

    record Choice(UUID id, String name, String organisation) {}

    private final JdbcClient jdbc;

    ProfessionalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Listed> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        return jdbc.sql("""
                SELECT p.id, p.name, p.title, p.organisation,
                       (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM professional_area pa
                        JOIN family_centre_area a ON a.id = pa.family_centre_area_id
                        WHERE pa.professional_id = p.id) AS area_names,
                       (SELECT count(*) FROM key_person_assignment k WHERE k.professional_id = p.id
                        AND k.starts_on <= current_date AND (k.ends_on IS NULL OR k.ends_on >= current_date))
                        AS active_assignments
                FROM professional p
                WHERE :q = '' OR p.name ILIKE '%' || :q || '%' OR p.organisation ILIKE '%' || :q || '%'
                      OR p.title ILIKE '%' || :q || '%'
                ORDER BY p.name LIMIT :limit""")
                .param("q", q).param("limit", limit).query(Listed.class).list();
    }

    Optional<Professional> find(UUID id) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.title, p.organisation, array_to_string(p.languages, ',') AS languages,
                       p.phone, p.email, p.other_contact, p.active,
                       (SELECT string_agg(a.id::text, ',' ORDER BY a.name) FROM professional_area pa
                        JOIN family_centre_area a ON a.id = pa.family_centre_area_id
                        WHERE pa.professional_id = p.id) AS area_ids,
                       (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM professional_area pa
                        JOIN family_centre_area a ON a.id = pa.family_centre_area_id
                        WHERE pa.professional_id = p.id) AS area_names
                FROM professional p WHERE p.id = :id""").param("id", id).query(Professional.class).optional();
    }

    List<Assignment> assignments(UUID professional, String lang) {
        return jdbc.sql("""
                SELECT k.id, k.expertise_code, %s AS expertise_name, k.scope, k.weekly_hours,
                       array_to_string(k.work_forms, ',') AS work_forms, k.starts_on, k.ends_on,
                       d.name AS deputy_name, k.successor_id, k.ended_at IS NOT NULL AS ended, k.version,
                       (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM key_person_assignment_area ka
                        JOIN family_centre_area a ON a.id = ka.family_centre_area_id
                        WHERE ka.assignment_id = k.id) AS area_names
                FROM key_person_assignment k JOIN expertise_area e ON e.code = k.expertise_code
                LEFT JOIN professional d ON d.id = k.deputy_id
                WHERE k.professional_id = :id ORDER BY k.starts_on DESC""".formatted(Lang.name("e")))
                .param("id", professional).param("lang", lang).query(Assignment.class).list();
    }

    List<NamedRole> namedRoles(UUID professional, String lang) {
        return jdbc.sql("""
                SELECT w.id, w.role, a.name AS area_name, w.service_name, %s AS expertise_name, w.starts_on,
                       w.ends_on
                FROM named_worker w JOIN family_centre_area a ON a.id = w.family_centre_area_id
                LEFT JOIN expertise_area e ON e.code = w.expertise_code
                WHERE w.professional_id = :id AND (w.ends_on IS NULL OR w.ends_on >= current_date)
                UNION ALL
                SELECT NULL, 'TEAM_MEMBER', a.name, t.name, NULL, NULL, NULL FROM team_member m
                JOIN multiprofessional_team t ON t.id = m.team_id JOIN family_centre_area a ON a.id = t.family_centre_area_id
                WHERE m.professional_id = :id
                ORDER BY 2, 3""".formatted(Lang.name("e")))
                .param("id", professional).param("lang", lang).query(NamedRole.class).list();
    }

    List<Completed> trainings(UUID professional, String lang) {
        return jdbc.sql("""
                SELECT %s AS training_name, c.completed_on FROM training_completion c
                JOIN training e ON e.code = c.training_code WHERE c.professional_id = :id ORDER BY c.completed_on"""
                .formatted(Lang.name("e")))
                .param("id", professional).param("lang", lang).query(Completed.class).list();
    }

    /** Colleagues to choose as a deputy or successor: those sharing an area, or everyone when few. */
    List<Choice> colleagues(UUID professional) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.organisation FROM professional p
                WHERE p.active AND p.id <> :id AND (
                    EXISTS (SELECT 1 FROM professional_area mine JOIN professional_area theirs
                            ON theirs.family_centre_area_id = mine.family_centre_area_id
                            WHERE mine.professional_id = :id AND theirs.professional_id = p.id)
                    OR (SELECT count(*) FROM professional) <= 300)
                ORDER BY p.name LIMIT 500""").param("id", professional).query(Choice.class).list();
    }

    List<Choice> all(int limit) {
        return jdbc.sql("SELECT id, name, organisation FROM professional WHERE active ORDER BY name LIMIT :limit")
                .param("limit", limit).query(Choice.class).list();
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM professional WHERE id = :id").param("id", id).query(Integer.class)
                .single() > 0;
    }

    void save(UUID id, ProfessionalForm form) {
        jdbc.sql("""
                INSERT INTO professional (id, name, title, organisation, languages, phone, email, other_contact, active)
                VALUES (:id, :name, :title, :organisation, string_to_array(:languages, ','), :phone, :email, :other, :active)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title,
                    organisation = excluded.organisation, languages = excluded.languages, phone = excluded.phone,
                    email = excluded.email, other_contact = excluded.other_contact, active = excluded.active,
                    updated_at = now()""")
                .param("id", id).param("name", form.getName().strip()).param("title", blankToNull(form.getTitle()))
                .param("organisation", form.getOrganisation().strip())
                .param("languages", String.join(",", form.getLanguages()))
                .param("phone", blankToNull(form.getPhone())).param("email", blankToNull(form.getEmail()))
                .param("other", blankToNull(form.getOtherContact())).param("active", form.isActive())
                .update();
        jdbc.sql("DELETE FROM professional_area WHERE professional_id = :id").param("id", id).update();
        for (UUID area : form.getAreas()) {
            jdbc.sql("INSERT INTO professional_area (professional_id, family_centre_area_id) VALUES (:id, :area)")
                    .param("id", id).param("area", area).update();
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
