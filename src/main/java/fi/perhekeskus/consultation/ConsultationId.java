package fi.perhekeskus.consultation;

import java.util.UUID;

/** A consultation question and its thread. */
public record ConsultationId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
