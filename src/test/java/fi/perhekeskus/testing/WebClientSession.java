package fi.perhekeskus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser-like visitor over real HTTP: keeps cookies, never follows redirects (tests assert
 * them), and logs in the way the login form does (fetch the page, post username, password and
 * the page's {@code _csrf}).
 */
public final class WebClientSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final String HTML = "text/html,application/xhtml+xml";

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public WebClientSession(int port) {
        this("http://localhost:" + port);
    }

    /** A browser at {@code baseUrl}; absolute URLs reach other nodes with the same cookies, as behind a load balancer. */
    public WebClientSession(String baseUrl) {
        this.base = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Creates a fresh user through the dev fixture endpoint; returns its (unique) username. */
    public static String createUser(int port, String prefix, String password, String displayName, String... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String json = "{\"username\":\"%s\",\"password\":\"%s\",\"displayName\":\"%s\",\"roles\":[%s]}".formatted(
                username, password, displayName,
                java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").collect(Collectors.joining(",")));
        var response = new WebClientSession(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/dev-api/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as("creating user %s: %s", username, response.body()).isEqualTo(201);
        return username;
    }

    public String base() {
        return base;
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    /** Posts the login form; answers the redirect (to / on success, /login?error=... otherwise). */
    public HttpResponse<String> login(String username, String password) {
        String csrf = csrfToken(get("/login"));
        return post("/login", Map.of("username", username, "password", password, "_csrf", csrf));
    }

    /** Logs in and fails the test unless it succeeded. */
    public WebClientSession loggedInAs(String username, String password) {
        var response = login(username, password);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).as("login of %s", username).endsWith("/");
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", HTML).GET());
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).headers(headers).GET());
    }

    /** Posts a form exactly as given (add {@code _csrf} yourself, or use {@link #postWithCsrfFrom}). */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    /** Fetches {@code pagePath}, takes its CSRF token and posts the form to {@code path}. */
    public HttpResponse<String> postWithCsrfFrom(String pagePath, String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfToken(get(pagePath)));
        return post(path, withToken);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Sets a cookie as if the browser had kept it (e.g. an old session id or a language). */
    public void setCookie(String name, String value) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    public static String csrfToken(HttpResponse<String> page) {
        assertThat(page.statusCode()).as("page with a form").isEqualTo(200);
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a _csrf hidden input in %s", page.uri()).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
