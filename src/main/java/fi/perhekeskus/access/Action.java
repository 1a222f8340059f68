package fi.perhekeskus.access;

import static fi.perhekeskus.access.Rule.anyone;
import static fi.perhekeskus.access.Rule.loggedIn;
import static fi.perhekeskus.access.Rule.role;
import static fi.perhekeskus.access.Rule.roleOnTarget;

import java.util.List;

/**
 * The catalogue of everything a user can do, each named once with its rule. Deny by default:
 * an endpoint without {@link Authorized} is refused, and a test fails when one exists.
 */
public enum Action {
    VIEW_PUBLIC_PAGES(anyone()),
    LOG_IN(anyone()),
    VIEW_OWN_ACCOUNT(loggedIn()),

    VIEW_AREAS(anyone()),
    EDIT_AREA(role(Role.ADMIN), roleOnTarget(Role.COORDINATOR, """
            SELECT 1 FROM area_assignment
            WHERE user_id = :userId AND family_centre_area_id = :targetId AND coordinator"""
    )),

    READ_AUDIT_LOG(role(Role.ADMIN)),
    VERIFY_AUDIT_LOG(role(Role.ADMIN)),

    /** Test data for browser tests; the endpoint exists only with perhekeskus.dev-fixtures=true. */
    USE_DEV_FIXTURES(anyone());

    private final List<Rule> rules;

    Action(Rule... rules) {
        this.rules = List.of(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Whether some rule needs a target (a row) to decide. */
    public boolean targeted() {
        return rules.stream().anyMatch(Rule.HasRoleOnTarget.class::isInstance);
    }
}
