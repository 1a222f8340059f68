package fi.perhekeskus.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Errors under {@code /api/} are answered in JSON even when the client asked for HTML, so
 * scripts and API clients never have to parse a page. Other paths keep Spring Boot's
 * conventions (templates {@code error/404.html}, {@code error/4xx.html}, else {@code error.html}).
 */
@Component
class ApiErrorViewResolver implements ErrorViewResolver {

    static final String API_PREFIX = "/api/";
    private final DefaultErrorViewResolver conventions;

    ApiErrorViewResolver(ApplicationContext context, WebProperties web) {
        this.conventions = new DefaultErrorViewResolver(context, web.getResources());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        if (path instanceof String p && p.startsWith(API_PREFIX)) {
            ModelAndView json = new ModelAndView(new JacksonJsonView(), model);
            json.setStatus(status);
            return json;
        }
        return conventions.resolveErrorView(request, status, model);
    }
}
