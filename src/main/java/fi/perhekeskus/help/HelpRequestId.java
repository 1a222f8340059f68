package fi.perhekeskus.help;

import java.util.UUID;

public record HelpRequestId(UUID value) {

    public HelpRequestId {
        if (value == null) throw new IllegalArgumentException("help request id is required");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
