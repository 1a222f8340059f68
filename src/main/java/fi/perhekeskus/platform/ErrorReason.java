package fi.perhekeskus.platform;

import jakarta.servlet.http.HttpServletRequest;

/** Lets a module tell the friendly error page why a request failed, beyond the status code. */
public final class ErrorReason {

    static final String ATTRIBUTE = "perhekeskus.error.reason";

    private ErrorReason() {}

    public static void set(HttpServletRequest request, String reason) {
        request.setAttribute(ATTRIBUTE, reason);
    }

    public static String get(HttpServletRequest request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }
}
