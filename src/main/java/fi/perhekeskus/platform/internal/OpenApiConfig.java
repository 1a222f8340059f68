package fi.perhekeskus.platform.internal;

import io.swagger.v3.oas.models.OpenAPI;
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
                        Swedish or English by the lang parameter or cookie; errors are JSON with a reason."""));
    }
}
