package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.CaseRules;
import fi.perhekeskus.access.UserId;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A worker's cases: those where they are an active member with a basis, filtered in SQL by the same rule
 * as the action catalogue (never fetched then filtered). The membership index (case_member_user) finds
 * the worker's few rows among hundreds of thousands; each row then costs a handful of index lookups.
 */
@Repository
class CaseList {

    static final int PAGE_SIZE = 50;

    enum Filter { ALL, OPEN, CLOSED }

    record Row(UUID id, String reference, String familyName, String areaName, boolean closed, CaseStage stage,
            MemberRole myRole, boolean coordinating, LocalDate followUpOn, List<LocalDate> childBirthDates,
            List<LocalDate> childDueDates) {}

    record Page(List<Row> rows, boolean more) {}

    private final JdbcClient jdbc;

    CaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page of(UserId user, Filter filter, int page) {
        String status = switch (filter) {
            case ALL -> "";
            case OPEN -> " AND k.status = 'OPEN'";
            case CLOSED -> " AND k.status = 'CLOSED'";
        };
        List<Row> rows = jdbc.sql("""
                SELECT k.id, k.reference, k.family_name, a.name AS area_name, k.status, k.follow_up_on,
                       %s AS stage, my.role, my.coordinating,
                       ARRAY(SELECT p.born_on FROM case_person p WHERE p.case_id = k.id AND p.kind = 'CHILD'
                             ORDER BY p.position) AS born,
                       ARRAY(SELECT p.due_on FROM case_person p WHERE p.case_id = k.id AND p.kind = 'CHILD'
                             ORDER BY p.position) AS due
                FROM case_member my
                JOIN client_case k ON k.id = my.case_id
                JOIN family_centre_area a ON a.id = k.family_centre_area_id
                WHERE my.user_id = :userId AND my.ended_at IS NULL AND EXISTS (%s)%s
                ORDER BY k.status = 'CLOSED', k.follow_up_on NULLS LAST, k.opened_at DESC, k.id
                LIMIT :limit OFFSET :offset"""
                .formatted(CaseStage.SQL, CaseRules.forColumn(CaseRules.MEMBER_WITH_BASIS, "k.id"), status))
                .param("userId", user.value()).param("limit", PAGE_SIZE + 1).param("offset", page * PAGE_SIZE)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("family_name"), rs.getString("area_name"), "CLOSED".equals(rs.getString("status")),
                        CaseStage.valueOf(rs.getString("stage")), MemberRole.valueOf(rs.getString("role")),
                        rs.getBoolean("coordinating"), CaseReader.date(rs, "follow_up_on"), dates(rs.getArray("born")),
                        dates(rs.getArray("due"))))
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, more);
    }

    private static List<LocalDate> dates(Array array) throws SQLException {
        List<LocalDate> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) out.add(o == null ? null : ((Date) o).toLocalDate());
        return out;
    }
}
