package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AccessControl.HasCurrentUser;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.CurrentUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.stereotype.Component;

/** Audits logins, failed logins and logouts, and feeds the lock-out. */
@Component
class LoginEvents extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();
    private final AuditLog audit;
    private final LoginThrottle throttle;

    LoginEvents(AuditLog audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        CurrentUser user = currentUser(authentication);
        throttle.recordSuccess(authentication.getName());
        audit.recordAs(user.username(), user.id().value(), AuditEventType.LOGIN_SUCCEEDED, user.id(),
                AuditOutcome.SUCCESS, Map.of());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        boolean locked = recordFailure(String.valueOf(request.getParameter("username")), exception);
        response.sendRedirect(request.getContextPath() + "/login?error=" + (locked ? "locked" : "bad"));
    }

    /**
     * A failed HTTP Basic login (operators' scripts) counts toward the same lock-out and is
     * audited like a failed form login; otherwise Basic would allow unlimited password guessing.
     */
    void basicLoginFailed(HttpServletRequest request, AuthenticationException exception) {
        UsernamePasswordAuthenticationToken attempt;
        try {
            attempt = BASIC.convert(request);
        } catch (AuthenticationException malformedHeader) {
            return; // no name to count the failure against
        }
        if (attempt != null) {
            recordFailure(attempt.getName(), exception);
        }
    }

    /** Audits the failure and feeds the lock-out; returns whether the name is now locked. */
    private boolean recordFailure(String username, AuthenticationException exception) {
        boolean wasLocked = throttle.isLocked(username);
        boolean nowLocked = !wasLocked && throttle.recordFailure(username);
        audit.recordAs(username, null, nowLocked ? AuditEventType.LOGIN_LOCKED_OUT : AuditEventType.LOGIN_FAILED,
                null, wasLocked ? AuditOutcome.DENIED : AuditOutcome.FAILURE,
                Map.of("reason", wasLocked ? "locked" : exception.getClass().getSimpleName()));
        return wasLocked || nowLocked;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof HasCurrentUser p) {
            CurrentUser user = p.currentUser();
            audit.recordAs(user.username(), user.id().value(), AuditEventType.LOGOUT, user.id(),
                    AuditOutcome.SUCCESS, Map.of());
        }
    }

    private static CurrentUser currentUser(Authentication authentication) {
        return ((HasCurrentUser) authentication.getPrincipal()).currentUser();
    }
}
