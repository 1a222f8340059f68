package fi.perhekeskus.help.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Client guidance settings ({@code perhekeskus.help.*}).
 *
 * @param anonymousRetention how long an anonymous question and its answer stay readable before deletion
 * @param rateLimitPerMinute submissions per client and minute ({@code PERHEKESKUS_HELP_RATE_LIMIT_PER_MINUTE})
 * @param trustedProxies addresses whose X-Forwarded-For is believed; from anyone else it is ignored
 */
@ConfigurationProperties("perhekeskus.help")
public record HelpProperties(Duration anonymousRetention, Integer rateLimitPerMinute, List<String> trustedProxies) {

    public HelpProperties {
        if (anonymousRetention == null) anonymousRetention = Duration.ofDays(90);
        if (rateLimitPerMinute == null) rateLimitPerMinute = 10;
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
