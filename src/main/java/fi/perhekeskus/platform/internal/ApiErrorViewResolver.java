package fi.perhekeskus.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Errors under {@code /api/} are answered in JSON even when the client asked for HTML, so
 * scripts and API clients never have to parse a page. Other paths get the friendly error page.
 */
@Component
class ApiErrorViewResolver implements ErrorViewResolver {

    static final String API_PREFIX = "/api/";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        if (path instanceof String p && p.startsWith(API_PREFIX)) {
            ModelAndView json = new ModelAndView(new JacksonJsonView(), model);
            json.setStatus(status);
            return json;
        }
        return null;
    }
}
