package fi.perhekeskus.access.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class LocalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;

    LocalUserDetailsService(UserAccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return new AccountPrincipal(account.asCurrentUser(), account.passwordHash(), account.enabled(),
                throttle.isLocked(username));
    }
}
