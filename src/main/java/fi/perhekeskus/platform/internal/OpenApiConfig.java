package fi.perhekeskus.platform.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of our JSON APIs (springdoc-openapi, ADR 0009): served at
 * {@code /v3/api-docs} and browsable at {@code /swagger-ui.html}. Springdoc's own endpoints are
 * framework endpoints: the action catalogue's interceptor checks only handlers of ours, and they
 * show nothing that is not public.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI perhekeskusOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Perhekeskus API")
                .version("v1")
                .description("""
                        The public service map (search, services, places), the Open Referral HSDS 3.0 read API \
                        under /api/hsds/, and the Suomi.fi PTV import for coordinators. Texts are in Finnish, \
                        Swedish or English by the lang parameter or cookie; errors are JSON with a reason."""))
                .tags(TAGS.stream().map(tag -> new Tag().name(tag[1]).description(tag[2])).distinct().toList());
    }

    /** Path prefix, tag, description: operations are grouped by what they are for, not by controller. */
    static final List<String[]> TAGS = List.of(
            new String[] {"/api/hsds", "HSDS 3.0", "Open Referral Human Services Data Specification 3.0, read only"},
            new String[] {"/api/v1/imports", "PTV import", "Suomi.fi Palvelutietovaranto import"},
            new String[] {"/api/v1/services", "Service map", "Search and read published services and places"},
            new String[] {"/api/v1/places", "Service map", "Search and read published services and places"},
            new String[] {"/api/v1/help-reports", "Client guidance reports",
                    "Leadership figures per area and month, small counts suppressed"},
            new String[] {"/api/v1/audit", "Audit log", "For administrators"});

    @Bean
    OpenApiCustomizer tagsByPath() {
        return openApi -> {
            if (openApi.getPaths() == null) return;
            openApi.getPaths().forEach((path, item) -> TAGS.stream().filter(tag -> path.startsWith(tag[0])).findFirst()
                    .ifPresent(tag -> item.readOperations().forEach(operation -> operation.setTags(List.of(tag[1])))));
        };
    }
}
