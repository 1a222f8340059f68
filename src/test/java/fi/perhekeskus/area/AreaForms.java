package fi.perhekeskus.area;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;

/** Reads the area edit form as a browser would and posts it back with some fields changed. */
final class AreaForms {

    private AreaForms() {}

    /** The form's current values (name, population, children, description, version, _csrf). */
    static Map<String, String> currentValues(WebClientSession browser, String areaId) {
        HttpResponse<String> form = browser.get("/areas/" + areaId + "/edit");
        assertThat(form.statusCode()).isEqualTo(200);
        String html = form.body();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : new String[] {"name", "population", "children", "version"}) {
            values.put(field, unescape(inputValue(html, field)));
        }
        Matcher description = Pattern.compile("<textarea[^>]*name=\"description\"[^>]*>([^<]*)</textarea>").matcher(html);
        values.put("description", description.find() ? unescape(description.group(1)) : "");
        values.put("_csrf", WebClientSession.csrfToken(form));
        return values;
    }

    static HttpResponse<String> save(WebClientSession browser, String areaId, Map<String, String> current,
            Map<String, String> changes) {
        Map<String, String> form = new LinkedHashMap<>(current);
        form.putAll(changes);
        return browser.post("/areas/" + areaId + "/edit", form);
    }

    private static String inputValue(String html, String name) {
        Matcher input = Pattern.compile("<input[^>]*\\sname=\"" + name + "\"[^>]*>").matcher(html);
        assertThat(input.find()).as("input " + name).isTrue();
        Matcher value = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }

    /** Full HTML unescaping: Thymeleaf writes e.g. the en dash of "Valkeakoski–Akaa–Urjala" as &ndash;. */
    private static String unescape(String s) {
        return HtmlEscape.unescapeHtml(s);
    }
}
