package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description lists every JSON API, and anyone may read it. */
@PerhekeskusTest
class OpenApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void apiDocsListThePublicApisAndThePtvImport() {
        var response = new WebClientSession(port).get("/v3/api-docs", "Accept", "application/json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode docs = JsonMapper.builder().build().readTree(response.body());
        assertThat(docs.get("openapi").asString()).startsWith("3.");
        JsonNode paths = docs.get("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/services", "/api/v1/places", "/api/v1/services/{id}",
                "/api/v1/imports/ptv", "/api/hsds/services", "/api/hsds/services/{id}", "/api/hsds/organizations",
                "/api/hsds/locations", "/api/hsds/service_at_locations/{id}");
        assertThat(paths.propertyNames()).noneMatch(path -> path.startsWith("/dev-api") || path.startsWith("/areas"));
        assertThat(paths.get("/api/v1/imports/ptv").has("post")).isTrue();
        assertThat(paths.get("/api/v1/imports/ptv").get("post").get("tags").get(0).asString()).isEqualTo("PTV import");
        assertThat(paths.get("/api/hsds/services").get("get").get("tags").get(0).asString()).isEqualTo("HSDS 3.0");
        JsonNode schemas = docs.get("components").get("schemas");
        assertThat(schemas.get("Service").get("properties").propertyNames())
                .contains("organization_id", "service_areas", "service_at_locations", "schedules", "phones");
        assertThat(schemas.get("Schedule").get("properties").propertyNames())
                .contains("byday", "opens_at", "closes_at", "freq", "valid_from");
        assertThat(schemas.has("PtvDocument")).isTrue();
        // The search answers are described, so a client generator gets the documented fields.
        assertThat(schemas.get("ServiceItem").get("properties").propertyNames())
                .contains("id", "name", "summary", "organisation", "areas");
        assertThat(schemas.get("PtvImportReport").get("properties").propertyNames()).contains("created", "updated", "rejected");
    }

    @Test
    void theSwaggerUiIsServed() {
        var browser = new WebClientSession(port);
        var redirect = browser.get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        var page = browser.get(WebClientSession.location(redirect));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("<script>");
    }
}
