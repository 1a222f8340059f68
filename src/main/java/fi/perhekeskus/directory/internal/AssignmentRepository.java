package fi.perhekeskus.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes key person assignments and their covered areas. */
@Repository
class AssignmentRepository {

    record Stored(UUID id, UUID professionalId, String expertiseCode, String scope, LocalDate startsOn,
            LocalDate endsOn, boolean ended, int version) {}

    /** Why an assignment could not be ended; each a message the coordinator understands. */
    enum EndRefusal { ALREADY_ENDED, CHANGED, BEFORE_START }

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID professional, AssignmentForm form, List<UUID> areas) {
        jdbc.sql("""
                INSERT INTO key_person_assignment (id, professional_id, expertise_code, scope, weekly_hours, work_forms,
                    starts_on, ends_on, deputy_id)
                VALUES (:id, :professional, :expertise, :scope, :hours, string_to_array(:forms, ','), :startsOn,
                    :endsOn, :deputy)""")
                .param("id", id).param("professional", professional).param("expertise", form.getExpertise())
                .param("scope", form.getScope().name()).param("hours", form.getWeeklyHours())
                .param("forms", String.join(",", form.getWorkForms().stream().map(Enum::name).toList()))
                .param("startsOn", form.getStartsOn()).param("endsOn", form.getEndsOn())
                .param("deputy", form.getDeputyId()).update();
        for (UUID area : areas) {
            jdbc.sql("INSERT INTO key_person_assignment_area (assignment_id, family_centre_area_id) VALUES (:id, :area)")
                    .param("id", id).param("area", area).update();
        }
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("""
                SELECT id, professional_id, expertise_code, scope, starts_on, ends_on, ended_at IS NOT NULL AS ended,
                       version FROM key_person_assignment WHERE id = :id""").param("id", id)
                .query(Stored.class).optional();
    }

    /**
     * Ends the assignment on {@code on} if nobody changed or ended it since the coordinator saw
     * {@code version}. Empty when it was ended; otherwise the refusal.
     */
    Optional<EndRefusal> end(UUID id, int version, LocalDate on) {
        Stored current = find(id).orElseThrow();
        if (current.ended()) return Optional.of(EndRefusal.ALREADY_ENDED);
        if (current.version() != version) return Optional.of(EndRefusal.CHANGED);
        if (on.isBefore(current.startsOn())) return Optional.of(EndRefusal.BEFORE_START);
        int updated = jdbc.sql("""
                UPDATE key_person_assignment SET ends_on = :on, ended_at = now(), version = version + 1
                WHERE id = :id AND version = :version AND ended_at IS NULL""")
                .param("id", id).param("version", version).param("on", on).update();
        if (updated == 0) {
            // someone else ended or changed it between our read and write
            return Optional.of(find(id).orElseThrow().ended() ? EndRefusal.ALREADY_ENDED : EndRefusal.CHANGED);
        }
        return Optional.empty();
    }

    /** The successor continues the same expertise and areas from the day after the end. */
    UUID continueWith(UUID ended, UUID successor, LocalDate startsOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO key_person_assignment (id, professional_id, expertise_code, scope, weekly_hours, work_forms,
                    starts_on)
                SELECT :id, :successor, expertise_code, scope, weekly_hours, work_forms, :startsOn
                FROM key_person_assignment WHERE id = :ended""")
                .param("id", id).param("successor", successor).param("startsOn", startsOn).param("ended", ended).update();
        jdbc.sql("""
                INSERT INTO key_person_assignment_area (assignment_id, family_centre_area_id)
                SELECT :id, family_centre_area_id FROM key_person_assignment_area WHERE assignment_id = :ended""")
                .param("id", id).param("ended", ended).update();
        jdbc.sql("UPDATE key_person_assignment SET successor_id = :id WHERE id = :ended")
                .param("id", id).param("ended", ended).update();
        return id;
    }

    boolean expertiseExists(String code) {
        return code != null && jdbc.sql("SELECT count(*) FROM expertise_area WHERE code = :code AND active")
                .param("code", code).query(Integer.class).single() > 0;
    }
}
