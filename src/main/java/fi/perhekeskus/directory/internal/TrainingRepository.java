package fi.perhekeskus.directory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The training register (seed 000: 3 h basic training for everyone, 20 h for key persons). "Who
 * lacks what": every active professional lacks a training required for ALL until they complete it;
 * anyone with an active key person assignment lacks the KEY_PERSON ones.
 */
@Repository
class TrainingRepository {

    record Training(String code, String name, BigDecimal hours, String requiredFor, int completed) {}

    record Lack(UUID professionalId, String professionalName, String organisation, String trainingName) {}

    private final JdbcClient jdbc;

    TrainingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Training> trainings(String lang) {
        return jdbc.sql("""
                SELECT e.code, %s AS name, e.hours, e.required_for,
                       (SELECT count(*) FROM training_completion c WHERE c.training_code = e.code) AS completed
                FROM training e ORDER BY e.hours, e.code""".formatted(Lang.name("e")))
                .param("lang", lang).query(Training.class).list();
    }

    List<Lack> lacking(LocalDate today, String lang, String query, int limit) {
        return jdbc.sql("""
                SELECT p.id AS professional_id, p.name AS professional_name, p.organisation, %s AS training_name
                FROM professional p JOIN training e ON e.required_for = 'ALL' OR (e.required_for = 'KEY_PERSON'
                    AND EXISTS (SELECT 1 FROM key_person_assignment k WHERE k.professional_id = p.id
                                AND k.starts_on <= :today AND (k.ends_on IS NULL OR k.ends_on >= :today)))
                WHERE p.active AND (:q = '' OR p.name ILIKE '%%' || :q || '%%' OR p.organisation ILIKE '%%' || :q || '%%')
                  AND NOT EXISTS (SELECT 1 FROM training_completion c
                                               WHERE c.professional_id = p.id AND c.training_code = e.code)
                ORDER BY e.hours DESC, p.name LIMIT :limit""".formatted(Lang.name("e")))
                .param("today", today).param("lang", lang).param("q", query == null ? "" : query.strip())
                .param("limit", limit).query(Lack.class).list();
    }

    boolean exists(String code) {
        return code != null && jdbc.sql("SELECT count(*) FROM training WHERE code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    /** Records (or corrects the date of) a completion. */
    void record(UUID professional, String training, LocalDate on) {
        jdbc.sql("""
                INSERT INTO training_completion (professional_id, training_code, completed_on) VALUES (:p, :t, :on)
                ON CONFLICT (professional_id, training_code) DO UPDATE SET completed_on = excluded.completed_on""")
                .param("p", professional).param("t", training).param("on", on).update();
    }
}
