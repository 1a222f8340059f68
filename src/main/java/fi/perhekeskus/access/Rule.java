package fi.perhekeskus.access;

import java.util.Set;

/** One way to be permitted an {@link Action}. An action is permitted when any of its rules is. */
public sealed interface Rule {

    /** Anyone, logged in or not: public pages. */
    record Anyone() implements Rule {}

    /** Any logged-in user. */
    record LoggedIn() implements Rule {}

    /** A user holding one of these roles. */
    record HasRole(Set<Role> roles) implements Rule {}

    /**
     * A user holding the role whose relation to the target the SQL confirms. The query gets
     * {@code :userId} and {@code :targetId} (uuid) and permits when it returns a row, so lists
     * can be filtered with the same condition in the database.
     */
    record HasRoleOnTarget(Role role, String sql) implements Rule {}

    /**
     * Any logged-in user whose relation to the target the SQL confirms (same parameters as
     * {@link HasRoleOnTarget}), e.g. the asker or a recipient of a consultation, whatever their role.
     */
    record RelatedToTarget(String sql) implements Rule {}

    static Rule anyone() {
        return new Anyone();
    }

    static Rule loggedIn() {
        return new LoggedIn();
    }

    static Rule role(Role... roles) {
        return new HasRole(Set.of(roles));
    }

    static Rule roleOnTarget(Role role, String sql) {
        return new HasRoleOnTarget(role, sql);
    }

    static Rule relatedToTarget(String sql) {
        return new RelatedToTarget(sql);
    }

    /** Every professional of the network (everyone but family members). */
    static Rule professionals() {
        return new HasRole(Set.of(Role.CLOSE_WORKER, Role.KEY_PERSON, Role.RESPONSIBLE_WORKER,
                Role.CLIENT_GUIDANCE_WORKER, Role.COORDINATOR, Role.STEERING_GROUP_MEMBER, Role.ADMIN));
    }
}
