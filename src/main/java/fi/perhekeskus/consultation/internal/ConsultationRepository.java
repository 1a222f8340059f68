package fi.perhekeskus.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consultation tables (V13). Lists are filtered here, in SQL, to what the reader may see. */
@Repository
class ConsultationRepository {

    private static final String ITEM = """
            SELECT c.id, c.status, c.expertise_code, c.family_centre_area_id, c.team_id, c.question, c.created_at,
                   c.due_at, c.asker_id, c.claimed_by, c.answered_at, c.usefulness
            FROM consultation c""";
    private static final int LIST_LIMIT = 200;

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the idempotency key was used; answers whether this call inserted. */
    boolean insert(UUID id, UUID asker, Question q, Instant createdAt, Instant dueAt, String idempotencyKey) {
        return jdbc.sql("""
                INSERT INTO consultation (id, asker_id, expertise_code, family_centre_area_id, team_id, question,
                    anonymous, case_id, created_at, due_at, idempotency_key)
                VALUES (:id, :asker, :expertise, :area, :team, :question, :anonymous, :caseId, :created, :due, :key)
                ON CONFLICT (idempotency_key) DO NOTHING""")
                .param("id", id).param("asker", asker).param("expertise", q.expertise()).param("area", q.area())
                .param("team", q.team()).param("question", q.text())
                .param("anonymous", q.anonymous() == null || q.anonymous()).param("caseId", q.caseId())
                .param("created", ts(createdAt)).param("due", ts(dueAt)).param("key", idempotencyKey)
                .update() == 1;
    }

    Optional<UUID> byIdempotencyKey(String key) {
        return jdbc.sql("SELECT id FROM consultation WHERE idempotency_key = :key").param("key", key)
                .query(UUID.class).optional();
    }

    void addRecipients(UUID consultation, Collection<UUID> users) {
        for (UUID user : users) {
            jdbc.sql("""
                    INSERT INTO consultation_recipient (consultation_id, user_id) VALUES (:c, :u)
                    ON CONFLICT DO NOTHING""").param("c", consultation).param("u", user).update();
        }
    }

    List<UUID> recipients(UUID consultation) {
        return jdbc.sql("SELECT user_id FROM consultation_recipient WHERE consultation_id = :c ORDER BY user_id")
                .param("c", consultation).query(UUID.class).list();
    }

    boolean isRecipient(UUID consultation, UUID user) {
        return jdbc.sql("SELECT count(*) FROM consultation_recipient WHERE consultation_id = :c AND user_id = :u")
                .param("c", consultation).param("u", user).query(Integer.class).single() > 0;
    }

    List<ConsultationView.Item> incoming(UUID user) {
        return jdbc.sql(ITEM + """
                 JOIN consultation_recipient r ON r.consultation_id = c.id AND r.user_id = :user
                ORDER BY c.status = 'CLOSED', c.created_at DESC LIMIT :limit""")
                .param("user", user).param("limit", LIST_LIMIT).query(ConsultationRepository::item).list();
    }

    List<ConsultationView.Item> outgoing(UUID user) {
        return jdbc.sql(ITEM + " WHERE c.asker_id = :user ORDER BY c.status = 'CLOSED', c.created_at DESC LIMIT :limit")
                .param("user", user).param("limit", LIST_LIMIT).query(ConsultationRepository::item).list();
    }

    /** Not answered past the target: those the user received, and those of the areas given (a coordinator's). */
    List<ConsultationView.Item> overdue(UUID user, Collection<UUID> areas, Instant now) {
        return jdbc.sql(ITEM + """
                 WHERE c.status IN ('OPEN', 'CLAIMED') AND c.due_at < :now
                  AND (EXISTS (SELECT 1 FROM consultation_recipient r WHERE r.consultation_id = c.id AND r.user_id = :user)
                       OR c.family_centre_area_id = ANY (:areas))
                ORDER BY c.due_at LIMIT :limit""")
                .param("user", user).param("areas", areas.toArray(UUID[]::new)).param("now", ts(now))
                .param("limit", LIST_LIMIT).query(ConsultationRepository::item).list();
    }

    Optional<ConsultationView.Detail> detail(UUID id, boolean forUpdate) {
        return jdbc.sql("""
                SELECT c.id, c.status, c.expertise_code, c.family_centre_area_id, c.team_id, c.question, c.created_at,
                       c.due_at, c.asker_id, c.claimed_by, c.answered_at, c.usefulness, c.anonymous, c.case_id,
                       c.claimed_at, c.closed_at, c.version
                FROM consultation c WHERE c.id = :id""" + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id)
                .query((rs, n) -> new ConsultationView.Detail(item(rs, n), rs.getBoolean("anonymous"),
                        rs.getObject("case_id", UUID.class), instant(rs, "claimed_at"), instant(rs, "closed_at"),
                        rs.getLong("version"), List.of(), List.of()))
                .optional()
                .map(d -> new ConsultationView.Detail(d.item(), d.anonymous(), d.caseId(), d.claimedAt(), d.closedAt(),
                        d.version(), recipients(id), messages(id)));
    }

    List<ConsultationView.Message> messages(UUID consultation) {
        return jdbc.sql("""
                SELECT id, author_id, text, created_at FROM consultation_message
                WHERE consultation_id = :c ORDER BY created_at, id""")
                .param("c", consultation)
                .query((rs, n) -> new ConsultationView.Message(rs.getObject("id", UUID.class),
                        rs.getObject("author_id", UUID.class), rs.getString("text"), instant(rs, "created_at")))
                .list();
    }

    /** The conditional update that decides a race: only one claim finds the consultation still open. */
    boolean claim(UUID id, UUID user, Instant now) {
        return jdbc.sql("""
                UPDATE consultation SET status = 'CLAIMED', claimed_by = :user, claimed_at = :now, version = version + 1
                WHERE id = :id AND status = 'OPEN'""")
                .param("id", id).param("user", user).param("now", ts(now)).update() == 1;
    }

    void markAnswered(UUID id, Instant now) {
        jdbc.sql("""
                UPDATE consultation SET status = 'ANSWERED', answered_at = :now, version = version + 1
                WHERE id = :id AND status = 'CLAIMED'""").param("id", id).param("now", ts(now)).update();
    }

    boolean close(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE consultation SET status = 'CLOSED', closed_at = :now, version = version + 1
                WHERE id = :id AND status <> 'CLOSED'""").param("id", id).param("now", ts(now)).update() == 1;
    }

    void rate(UUID id, int usefulness) {
        jdbc.sql("UPDATE consultation SET usefulness = :u, version = version + 1 WHERE id = :id")
                .param("id", id).param("u", usefulness).update();
    }

    void addMessage(UUID id, UUID consultation, UUID author, String text, Instant now) {
        jdbc.sql("""
                INSERT INTO consultation_message (id, consultation_id, author_id, text, created_at)
                VALUES (:id, :c, :author, :text, :now)""")
                .param("id", id).param("c", consultation).param("author", author).param("text", text)
                .param("now", ts(now)).update();
    }

    void logTime(UUID consultation, UUID user, java.time.LocalDate day, int minutes) {
        jdbc.sql("""
                INSERT INTO consultation_time (id, consultation_id, user_id, spent_on, minutes)
                VALUES (:id, :c, :u, :day, :minutes)""")
                .param("id", UUID.randomUUID()).param("c", consultation).param("u", user).param("day", day)
                .param("minutes", minutes).update();
    }

    int minutesSpent(UUID user, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                SELECT coalesce(sum(minutes), 0) FROM consultation_time
                WHERE user_id = :u AND spent_on BETWEEN :from AND :to""")
                .param("u", user).param("from", from).param("to", to).query(Integer.class).single();
    }

    static ConsultationView.Item item(ResultSet rs, int n) throws SQLException {
        Object usefulness = rs.getObject("usefulness");
        return new ConsultationView.Item(rs.getObject("id", UUID.class),
                ConsultationStatus.valueOf(rs.getString("status")), rs.getString("expertise_code"),
                rs.getObject("family_centre_area_id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getString("question"), instant(rs, "created_at"), instant(rs, "due_at"),
                rs.getObject("asker_id", UUID.class), rs.getObject("claimed_by", UUID.class),
                instant(rs, "answered_at"), usefulness == null ? null : ((Number) usefulness).intValue());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
