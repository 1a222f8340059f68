package fi.perhekeskus.servicemap;

import java.util.UUID;

public record OrganisationId(UUID value) {
    public static OrganisationId of(String text) {
        return new OrganisationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
