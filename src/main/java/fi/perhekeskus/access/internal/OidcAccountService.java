package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.CurrentUser;
import java.util.Collection;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * OpenID Connect login (Suomi.fi-tunnistus, Entra ID...): the identity provider proves who the
 * person is; their roles come from the local account whose username equals the configured claim.
 * People without an account are refused, so the IdP alone never grants access to client data.
 */
@Service
class OidcAccountService extends OidcUserService {

    private final UserAccountRepository accounts;
    private final String usernameClaim;

    OidcAccountService(UserAccountRepository accounts,
            @Value("${perhekeskus.oidc.username-claim:preferred_username}") String usernameClaim) {
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return map(super.loadUser(request));
    }

    OidcUser map(OidcUser oidcUser) {
        String username = oidcUser.getClaimAsString(usernameClaim);
        UserAccount account = accounts.findByUsername(username == null ? "" : username)
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("no_account", "No Perhekeskus account for this identity", null)));
        return new OidcAccountPrincipal(oidcUser, account.asCurrentUser());
    }

    record OidcAccountPrincipal(OidcUser oidcUser, CurrentUser currentUser)
            implements OidcUser, AccessControl.HasCurrentUser {
        @Override
        public Map<String, Object> getClaims() {
            return oidcUser.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return oidcUser.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return oidcUser.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return oidcUser.getAttributes();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return oidcUser.getAuthorities();
        }

        @Override
        public String getName() {
            return currentUser.username();
        }
    }
}
