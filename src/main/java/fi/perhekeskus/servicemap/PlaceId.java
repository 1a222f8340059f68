package fi.perhekeskus.servicemap;

import java.util.UUID;

public record PlaceId(UUID value) {
    public static PlaceId of(String text) {
        return new PlaceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
