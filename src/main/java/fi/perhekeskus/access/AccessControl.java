package fi.perhekeskus.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Decides actions from the catalogue for the current user. */
@Service
public class AccessControl {

    private final JdbcClient jdbc;

    AccessControl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HasCurrentUser principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    public boolean isPermitted(Action action) {
        return isPermitted(currentUser().orElse(null), action, null);
    }

    public boolean isPermitted(Action action, UUID target) {
        return isPermitted(currentUser().orElse(null), action, target);
    }

    public boolean isPermitted(CurrentUser user, Action action, UUID target) {
        return action.rules().stream().anyMatch(rule -> permits(rule, user, target));
    }

    /** Actions permitted without a target, for pages to show only what the user may do. */
    public Set<Action> permittedActions() {
        CurrentUser user = currentUser().orElse(null);
        return Arrays.stream(Action.values())
                .filter(a -> isPermitted(user, a, null))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Action.class)));
    }

    private boolean permits(Rule rule, CurrentUser user, UUID target) {
        return switch (rule) {
            case Rule.Anyone a -> true;
            case Rule.LoggedIn l -> user != null;
            case Rule.HasRole r -> user != null && r.roles().stream().anyMatch(user::has);
            case Rule.HasRoleOnTarget r -> user != null && target != null && user.has(r.role())
                    && related(r.sql(), user, target);
            case Rule.RelatedToTarget r -> user != null && target != null && related(r.sql(), user, target);
        };
    }

    private boolean related(String sql, CurrentUser user, UUID target) {
        return jdbc.sql(sql).param("userId", user.id().value()).param("targetId", target)
                .query().singleColumn().stream().findAny().isPresent();
    }

    /** Implemented by the security principals of every login method. */
    public interface HasCurrentUser {
        CurrentUser currentUser();
    }
}
