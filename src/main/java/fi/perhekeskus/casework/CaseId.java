package fi.perhekeskus.casework;

import java.util.UUID;

/** A family's client case. */
public record CaseId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
