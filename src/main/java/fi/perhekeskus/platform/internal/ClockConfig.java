package fi.perhekeskus.platform.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole platform, in Finnish time; tests replace it with a fixed one. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(FINLAND);
    }
}
