package fi.perhekeskus.platform.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when the operator points us at an external PostgreSQL (SPRING_DATASOURCE_URL). */
class ExternalDatabaseConfigured implements Condition {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY));
    }
}
