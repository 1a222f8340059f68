package fi.perhekeskus.directory.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes named_worker rows: adding a named role and ending it. */
@Repository
class NamedWorkerRepository {

    record Stored(UUID id, UUID professionalId, String role, LocalDate startsOn, LocalDate endsOn) {}

    /** Why a role could not be ended. */
    enum EndRefusal { ALREADY_ENDED, BEFORE_START }

    private final JdbcClient jdbc;

    NamedWorkerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID professional, NamedWorkerForm form) {
        boolean special = form.getRole() == NamedWorkerRole.SPECIAL_SERVICE_WORKER;
        jdbc.sql("""
                INSERT INTO named_worker (id, professional_id, role, family_centre_area_id, service_name,
                    expertise_code, starts_on, ends_on)
                VALUES (:id, :professional, :role, :area, :service, :expertise, :startsOn, :endsOn)""")
                .param("id", id).param("professional", professional).param("role", form.getRole().name())
                .param("area", form.getAreaId())
                .param("service", special ? ProfessionalRepository.blankToNull(form.getServiceName()) : null)
                .param("expertise", special ? ProfessionalRepository.blankToNull(form.getExpertiseCode()) : null)
                .param("startsOn", form.getStartsOn()).param("endsOn", form.getEndsOn()).update();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("SELECT id, professional_id, role, starts_on, ends_on FROM named_worker WHERE id = :id")
                .param("id", id).query(Stored.class).optional();
    }

    /**
     * Ends the role on {@code on}. A role whose end is already on or before that day counts as ended
     * (ending twice changes nothing); an earlier end than a planned one is allowed.
     */
    Optional<EndRefusal> end(UUID id, LocalDate on) {
        Stored current = find(id).orElseThrow();
        if (current.endsOn() != null && !current.endsOn().isAfter(on)) return Optional.of(EndRefusal.ALREADY_ENDED);
        if (on.isBefore(current.startsOn())) return Optional.of(EndRefusal.BEFORE_START);
        int updated = jdbc.sql("""
                UPDATE named_worker SET ends_on = :on
                WHERE id = :id AND (ends_on IS NULL OR ends_on > :on) AND starts_on <= :on""")
                .param("id", id).param("on", on).update();
        return updated == 0 ? Optional.of(EndRefusal.ALREADY_ENDED) : Optional.empty();
    }
}
