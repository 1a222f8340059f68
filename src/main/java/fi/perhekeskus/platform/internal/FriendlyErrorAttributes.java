package fi.perhekeskus.platform.internal;

import fi.perhekeskus.platform.ErrorReason;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/** Adds the reason a module gave (e.g. "csrf") so the error page can explain it; never a stack trace. */
@Component
class FriendlyErrorAttributes extends DefaultErrorAttributes {

    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 413, 500);

    /** Statuses without their own text fall back to the general client or server error. */
    static int messageKeyFor(int status) {
        if (EXPLAINED.contains(status)) return status;
        return status >= 500 ? 500 : 400;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
        if (webRequest instanceof ServletWebRequest servlet) {
            HttpServletRequest request = servlet.getRequest();
            String reason = ErrorReason.get(request);
            if (reason != null) attributes.put("reason", reason);
        }
        attributes.remove("trace");
        attributes.put("errorKey", messageKeyFor((Integer) attributes.getOrDefault("status", 500)));
        return attributes;
    }
}
