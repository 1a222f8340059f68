package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.Role;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class UserAccountRepository {

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.title, u.organisation, u.password_hash, u.enabled,
                       coalesce(string_agg(r.role, ','), '') AS roles
                FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id
                WHERE lower(u.username) = lower(:username)
                GROUP BY u.id""")
                .param("username", username)
                .query((rs, n) -> new UserAccount(new UserId(rs.getObject("id", UUID.class)),
                        rs.getString("username"), rs.getString("display_name"), rs.getString("title"),
                        rs.getString("organisation"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                        roles(rs.getString("roles"))))
                .optional();
    }

    public Map<UserId, String> displayNames(Collection<UserId> ids) {
        if (ids.isEmpty()) return Map.of();
        Map<UserId, String> names = new HashMap<>();
        jdbc.sql("SELECT id, display_name FROM app_user WHERE id IN (:ids)")
                .param("ids", ids.stream().map(UserId::value).toList())
                .query(rs -> {
                    names.put(new UserId(rs.getObject("id", UUID.class)), rs.getString("display_name"));
                });
        return names;
    }

    /** Enabled users holding one of the roles who work in one of the areas, by name. */
    public List<UserAccounts.Colleague> withRoleInAreas(Collection<Role> roles, Collection<UUID> areas) {
        if (roles.isEmpty() || areas.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT DISTINCT u.id, u.display_name, u.title FROM app_user u
                JOIN user_role r ON r.user_id = u.id AND r.role IN (:roles)
                JOIN area_assignment a ON a.user_id = u.id AND a.family_centre_area_id IN (:areas)
                WHERE u.enabled ORDER BY u.display_name""")
                .param("roles", roles.stream().map(Role::name).toList()).param("areas", areas)
                .query((rs, n) -> new UserAccounts.Colleague(new UserId(rs.getObject("id", UUID.class)),
                        rs.getString("display_name"), rs.getString("title")))
                .list();
    }

    /** Name, title, organisation and email of an account, as its owner is known at work. */
    public Optional<UserAccounts.WorkProfile> workProfile(UserId id) {
        return jdbc.sql("SELECT display_name, title, organisation, email FROM app_user WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new UserAccounts.WorkProfile(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT count(*) FROM user_role WHERE role = :role").param("role", role.name())
                .query(Long.class).single() > 0;
    }

    /** Creates the account unless one with that username exists; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(NewAccount account) {
        UserId id = UserId.random();
        int inserted = jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, title, organisation, email, password_hash)
                VALUES (:id, :username, :displayName, :title, :organisation, :email, :passwordHash)
                ON CONFLICT DO NOTHING""")
                .param("id", id.value())
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("title", account.title())
                .param("organisation", account.organisation())
                .param("email", account.email())
                .param("passwordHash", account.passwordHash())
                .update();
        if (inserted == 1) {
            addRoles(id, account.roles());
        }
        return inserted == 1;
    }

    private void addRoles(UserId id, Collection<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role) ON CONFLICT DO NOTHING")
                    .param("id", id.value()).param("role", role.name()).update();
        }
    }

    public List<UserAccounts.Colleague> professionalsNamed(String text, int limit) {
        String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                SELECT u.id, u.display_name, u.title FROM app_user u
                WHERE u.enabled AND u.display_name ILIKE :pattern
                  AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role <> 'FAMILY_MEMBER')
                ORDER BY u.display_name LIMIT :limit""")
                .param("pattern", pattern).param("limit", limit)
                .query((rs, n) -> new UserAccounts.Colleague(new UserId(rs.getObject("id", UUID.class)),
                        rs.getString("display_name"), rs.getString("title")))
                .list();
    }

    public Set<Role> roles(UserId id) {
        return roles(jdbc.sql("SELECT coalesce(string_agg(role, ','), '') FROM user_role WHERE user_id = :id")
                .param("id", id.value()).query(String.class).single());
    }

    public Optional<UserId> familyAccountByEmail(String email) {
        if (email == null || email.isBlank()) return Optional.empty();
        List<UUID> ids = jdbc.sql("""
                SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.role = 'FAMILY_MEMBER'
                WHERE u.enabled AND lower(u.email) = lower(:email) LIMIT 2""")
                .param("email", email.strip()).query(UUID.class).list();
        return ids.size() == 1 ? Optional.of(new UserId(ids.get(0))) : Optional.empty();
    }

    private static Set<Role> roles(String csv) {
        if (csv.isEmpty()) return EnumSet.noneOf(Role.class);
        return Arrays.stream(csv.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public record NewAccount(String username, String displayName, String title, String organisation, String email,
            String passwordHash, Set<Role> roles) {}
}
