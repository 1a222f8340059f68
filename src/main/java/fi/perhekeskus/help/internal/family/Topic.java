package fi.perhekeskus.help.internal.family;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the family's concern is about, as the family sees it; optional, several may apply. */
public enum Topic {
    PARENTING, BEHAVIOUR_OR_DEVELOPMENT, SEPARATION, WELLBEING, VIOLENCE_AT_HOME, MONEY_OR_HOUSING,
    SCHOOL_OR_DAY_CARE, OTHER;

    public String messageKey() {
        return "help.family.topic." + name();
    }

    /** The topic by its name in any case ("parenting" or "PARENTING"). */
    static Optional<Topic> parse(String value) {
        if (value == null) return Optional.empty();
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
