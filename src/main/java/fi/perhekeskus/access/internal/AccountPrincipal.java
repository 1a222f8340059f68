package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.CurrentUser;
import java.util.Collection;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A local account as Spring Security's principal. Authorities are informative only: the action
 * catalogue decides. The password hash is erased after login so it never reaches the session table.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, AccessControl.HasCurrentUser {

    private final CurrentUser currentUser;
    private final boolean enabled;
    private final boolean locked;
    private String password;

    AccountPrincipal(CurrentUser currentUser, String password, boolean enabled, boolean locked) {
        this.currentUser = currentUser;
        this.password = password;
        this.enabled = enabled;
        this.locked = locked;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return currentUser.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }
}
