package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.CaseRules;
import fi.perhekeskus.casework.CaseId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a case's head, family and network. Callers have checked the action on the case first and audit
 * the read themselves (the reader does not know why it is read).
 */
@Repository
public class CaseReader {

    private final JdbcClient jdbc;

    CaseReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseOverview> overview(CaseId id) {
        List<FamilyPerson> people = people(id);
        return jdbc.sql("""
                SELECT k.*, a.name AS area_name, %s AS stage FROM client_case k
                JOIN family_centre_area a ON a.id = k.family_centre_area_id WHERE k.id = :id""".formatted(CaseStage.SQL))
                .param("id", id.value())
                .query((rs, n) -> new CaseOverview(id, rs.getString("reference"), rs.getString("family_name"),
                        rs.getObject("family_centre_area_id", UUID.class), rs.getString("area_name"),
                        rs.getString("language"), CaseMode.valueOf(rs.getString("mode")),
                        "CLOSED".equals(rs.getString("status")), CaseStage.valueOf(rs.getString("stage")),
                        rs.getString("basis"), rs.getTimestamp("opened_at").toInstant(), date(rs, "follow_up_on"),
                        rs.getString("closing_summary"), rs.getInt("version"), people))
                .optional();
    }

    public List<FamilyPerson> people(CaseId id) {
        return jdbc.sql("SELECT * FROM case_person WHERE case_id = :id ORDER BY position, name")
                .param("id", id.value())
                .query((rs, n) -> new FamilyPerson(rs.getObject("id", UUID.class),
                        FamilyPerson.Kind.valueOf(rs.getString("kind")), rs.getString("name"), date(rs, "born_on"),
                        date(rs, "due_on"), rs.getString("relation"), rs.getString("phone"), rs.getString("email"),
                        rs.getObject("user_id", UUID.class)))
                .list();
    }

    /** The network, active members first: responsible worker, close workers (coordinating first), others, own circle. */
    public List<NetworkMember> members(CaseId id) {
        return jdbc.sql("""
                SELECT m.*, (m.ended_at IS NULL AND (m.role = 'RESPONSIBLE_WORKER' OR %s)) AS has_basis
                FROM case_member m WHERE m.case_id = :id
                ORDER BY m.ended_at IS NOT NULL, array_position(ARRAY['RESPONSIBLE_WORKER', 'CLOSE_WORKER',
                    'NETWORK_MEMBER', 'OWN_CIRCLE'], m.role), m.coordinating DESC, m.added_at, m.name"""
                .formatted(CaseRules.CONSENT_IN_FORCE))
                .param("id", id.value())
                .query(CaseReader::member)
                .list();
    }

    private static NetworkMember member(ResultSet rs, int n) throws SQLException {
        var ended = rs.getTimestamp("ended_at");
        return new NetworkMember(rs.getObject("id", UUID.class), MemberRole.valueOf(rs.getString("role")),
                rs.getBoolean("coordinating"), rs.getObject("user_id", UUID.class),
                rs.getObject("professional_id", UUID.class), rs.getString("name"), rs.getString("title"),
                rs.getString("organisation"), rs.getString("sector"), rs.getString("phone"), rs.getString("email"),
                rs.getString("task"), rs.getBoolean("named_by_family"), rs.getTimestamp("added_at").toInstant(),
                ended == null ? null : ended.toInstant(), rs.getBoolean("has_basis"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
