package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Deny by default: every handler of ours must name its action with {@link Authorized}; the
 * action's rules are checked, with the target row when the action has row-level rules. A logged-in
 * user refused an action that conceals its target (a family's case) gets 404, audited as a denial.
 */
@Component
class AuthorizationInterceptor implements HandlerInterceptor {

    static final String OUR_PACKAGE = "fi.perhekeskus.";
    private final AccessControl access;
    private final AuditLog audit;

    AuthorizationInterceptor(AccessControl access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith(OUR_PACKAGE)) {
            return true; // static resources, framework endpoints (actuator, error page)
        }
        Authorized authorized = method.getMethodAnnotation(Authorized.class);
        if (authorized == null) {
            throw new AccessDeniedException("Endpoint names no action: " + method);
        }
        UUID target = authorized.target().isEmpty() ? null : target(request, authorized.target());
        if (!access.isPermitted(authorized.value(), target)) {
            if (authorized.value().concealsTarget() && access.currentUser().isPresent()) {
                audit.record(AuditEventType.ACCESS_DENIED, request.getMethod() + " " + request.getRequestURI(),
                        AuditOutcome.DENIED, Map.of("action", authorized.value().name()));
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            throw new AccessDeniedException("Not permitted: " + authorized.value());
        }
        return true;
    }

    private static UUID target(HttpServletRequest request, String variable) {
        @SuppressWarnings("unchecked")
        var vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = vars == null ? null : vars.get(variable);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            return null; // a malformed id matches no row and is denied
        }
    }
}
