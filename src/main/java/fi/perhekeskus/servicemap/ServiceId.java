package fi.perhekeskus.servicemap;

import java.util.UUID;

public record ServiceId(UUID value) {
    public static ServiceId of(String text) {
        return new ServiceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
