package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.access.Role;
import fi.perhekeskus.access.UserId;
import java.util.Set;

public record UserAccount(UserId id, String username, String displayName, String title, String organisation,
        String passwordHash, boolean enabled, Set<Role> roles) {

    CurrentUser asCurrentUser() {
        return new CurrentUser(id, username, displayName, roles);
    }
}
