package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.platform.ErrorReason;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
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
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        audit.record(csrf ? AuditEventType.CSRF_REJECTED : AuditEventType.ACCESS_DENIED,
                request.getMethod() + " " + request.getRequestURI(), AuditOutcome.DENIED, Map.of());
        if (csrf) ErrorReason.set(request, "csrf");
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
