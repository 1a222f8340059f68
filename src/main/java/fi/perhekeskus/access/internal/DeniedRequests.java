package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.platform.ErrorReason;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;

/**
 * A logged-in user refused: audited, then the friendly 403 page. A form posted after the
 * session expired fails CSRF; that user is sent to log in again with an explanation.
 */
@Component
class DeniedRequests implements AccessDeniedHandler {

    private final AuditLog audit;

    DeniedRequests(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        boolean csrf = denied instanceof CsrfException;
        if (csrf && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            rememberPageOfForm(request);
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        audit.record(csrf ? AuditEventType.CSRF_REJECTED : AuditEventType.ACCESS_DENIED,
                request.getMethod() + " " + request.getRequestURI(), AuditOutcome.DENIED, Map.of());
        if (csrf) ErrorReason.set(request, "csrf");
        response.sendError(HttpStatus.FORBIDDEN.value());
    }

    /**
     * After logging in again the person comes back to the page the form was on (its own address, from the
     * Referer of the same origin), where for example the joint record restores the text typed in the browser.
     */
    private static void rememberPageOfForm(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) return;
        try {
            URI page = URI.create(referer);
            URI self = URI.create(request.getRequestURL().toString());
            if (page.getRawPath() == null || !page.getRawPath().startsWith("/") || page.getRawPath().startsWith("//")
                    || !java.util.Objects.equals(page.getHost(), self.getHost()) || page.getPort() != self.getPort()
                    || !java.util.Objects.equals(page.getScheme(), self.getScheme())) {
                return;
            }
            String target = page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
            request.getSession(true).setAttribute(SAVED_REQUEST, new SimpleSavedRequest(target));
        } catch (IllegalArgumentException e) {
            // not a usable address: the person lands on the front page after logging in
        }
    }

    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";
}
