package fi.perhekeskus.access;

import java.io.Serializable;
import java.util.Set;

/** The logged-in person as the rest of the platform sees them. */
public record CurrentUser(UserId id, String username, String displayName, Set<Role> roles) implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
