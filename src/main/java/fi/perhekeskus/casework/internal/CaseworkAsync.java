package fi.perhekeskus.casework.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * {@code @ApplicationModuleListener} is asynchronous: the listener runs after the publisher's commit in
 * its own transaction, so a failing listener neither rolls back nor fails the publisher's request; the
 * event publication registry keeps the event until the listener succeeds (ADR 0014).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class CaseworkAsync {}
