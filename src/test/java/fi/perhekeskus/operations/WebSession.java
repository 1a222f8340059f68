package fi.perhekeskus.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's worth of HTTP for operations tests: keeps cookies itself (so the same session
 * cookie can be sent to any app node), follows no redirects, reads CSRF tokens from forms.
 */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(request(url).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the login form at {@code baseUrl}; returns the response to the form post. */
    HttpResponse<String> logIn(String baseUrl, String username, String password)
            throws IOException, InterruptedException {
        String csrf = csrfToken(get(baseUrl + "/login").body());
        return post(baseUrl + "/login", Map.of("username", username, "password", password, "_csrf", csrf));
    }

    /** Sends a cookie kept elsewhere, e.g. a session id replayed after logging out. */
    HttpResponse<String> getWithCookie(String url, String name, String value)
            throws IOException, InterruptedException {
        cookies.put(name, value);
        return get(url);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    static String csrfToken(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) throw new AssertionError("No CSRF token in the page");
        return m.group(1);
    }

    private HttpRequest.Builder request(String url) {
        var builder = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            boolean expired = header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (expired || value.isEmpty()) cookies.remove(name);
            else cookies.put(name, value);
        }
        return response;
    }
}
