package fi.perhekeskus.directory.internal;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.directory.KeyPersonDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class KeyPersonDirectoryRepository implements KeyPersonDirectory {

    private static final String EXPERTISE = "SELECT code, name_fi, name_sv, name_en FROM expertise_area";

    private final JdbcClient jdbc;

    KeyPersonDirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ExpertiseArea> expertise(String code) {
        return jdbc.sql(EXPERTISE + " WHERE code = :code AND active").param("code", code)
                .query(ExpertiseArea.class).optional();
    }

    @Override
    public List<ExpertiseArea> expertiseAreas() {
        return jdbc.sql(EXPERTISE + " WHERE active ORDER BY position").query(ExpertiseArea.class).list();
    }

    @Override
    public List<UserId> consultationRecipients(String expertiseCode, FamilyCentreAreaId area, LocalDate on) {
        return jdbc.sql("""
                SELECT DISTINCT p.user_id FROM key_person_assignment k
                JOIN key_person_assignment_area ka ON ka.assignment_id = k.id AND ka.family_centre_area_id = :area
                JOIN professional p ON p.id = k.professional_id OR p.id = k.deputy_id
                WHERE k.expertise_code = :expertise AND k.starts_on <= :on AND (k.ends_on IS NULL OR k.ends_on >= :on)
                  AND p.active AND p.user_id IS NOT NULL""")
                .param("area", area.value()).param("expertise", expertiseCode).param("on", on)
                .query(UUID.class).list().stream().map(UserId::new).toList();
    }

    @Override
    public List<UserId> teamMembers(UUID teamId) {
        return jdbc.sql("""
                SELECT p.user_id FROM team_member m JOIN multiprofessional_team t ON t.id = m.team_id AND t.active
                JOIN professional p ON p.id = m.professional_id
                WHERE m.team_id = :team AND p.active AND p.user_id IS NOT NULL""")
                .param("team", teamId).query(UUID.class).list().stream().map(UserId::new).toList();
    }

    @Override
    public Optional<String> teamName(UUID teamId) {
        return jdbc.sql("SELECT name FROM multiprofessional_team WHERE id = :id AND active").param("id", teamId)
                .query(String.class).optional();
    }

    @Override
    public java.math.BigDecimal weeklyBudgetHours(UserId user, LocalDate on) {
        return jdbc.sql("""
                SELECT coalesce(sum(k.weekly_hours), 0) FROM key_person_assignment k
                JOIN professional p ON p.id = k.professional_id
                WHERE p.user_id = :user AND p.active AND k.starts_on <= :on AND (k.ends_on IS NULL OR k.ends_on >= :on)""")
                .param("user", user.value()).param("on", on).query(java.math.BigDecimal.class).single();
    }

    private static final String PROFESSIONAL = "SELECT id, user_id, name, title, organisation, phone, email FROM professional";

    @Override
    public List<Professional> professionalsNamed(String text, int limit) {
        String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(PROFESSIONAL + " WHERE active AND name ILIKE :pattern ORDER BY name LIMIT :limit")
                .param("pattern", pattern).param("limit", limit).query(KeyPersonDirectoryRepository::professional).list();
    }

    @Override
    public Optional<Professional> professional(UUID id) {
        return jdbc.sql(PROFESSIONAL + " WHERE active AND id = :id").param("id", id)
                .query(KeyPersonDirectoryRepository::professional).optional();
    }

    private static Professional professional(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        UUID user = rs.getObject("user_id", UUID.class);
        return new Professional(rs.getObject("id", UUID.class), user == null ? null : new UserId(user),
                rs.getString("name"), rs.getString("title"), rs.getString("organisation"), rs.getString("phone"),
                rs.getString("email"));
    }
}
