package fi.perhekeskus.platform.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The WebJars locator turns Spring's resource chain on, and with it Thymeleaf's
 * {@link ResourceUrlEncodingFilter}, which passes every link a page renders through the chain to
 * look for a versioned static resource. We use no versioned URLs (WebJar paths are resolved when
 * the browser requests them), so the filter only cost work: each {@code @{/...}} link searched the
 * class path jars, about half of a page's rendering time (measured with JFR on the directory
 * finder). The registration is kept but disabled, which also stops the auto-configured one.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfig {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
