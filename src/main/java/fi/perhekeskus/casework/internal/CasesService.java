package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.CaseRules;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.casework.CaseId;
import fi.perhekeskus.casework.Cases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link Cases} by the same SQL rule as the action catalogue. */
@Service
class CasesService implements Cases {

    private final JdbcClient jdbc;

    CasesService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean worksOn(UserId user, CaseId caseId) {
        if (user == null || caseId == null) return false;
        return jdbc.sql(CaseRules.MEMBER_WITH_BASIS).param("userId", user.value()).param("targetId", caseId.value())
                .query().singleColumn().stream().findAny().isPresent();
    }
}
