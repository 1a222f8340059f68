package fi.perhekeskus.platform;

/**
 * Work that must be done before the platform serves anyone (e.g. the first administrator).
 * Runs in {@link org.springframework.core.annotation.Order} order, before demo data.
 * Throwing stops the start-up with the exception's message.
 */
public interface StartupTask {
    void run(boolean demoEnabled);
}
