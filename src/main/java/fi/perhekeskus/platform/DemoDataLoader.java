package fi.perhekeskus.platform;

/**
 * A module's demo data. Loaders run at start, in {@link org.springframework.core.annotation.Order}
 * order, only when demo mode is on, and must be idempotent: several app nodes may start together.
 */
public interface DemoDataLoader {
    void load();
}
