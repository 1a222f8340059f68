package fi.perhekeskus.area;

import java.util.UUID;

public record FamilyCentreAreaId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
