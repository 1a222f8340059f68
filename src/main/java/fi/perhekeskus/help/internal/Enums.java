package fi.perhekeskus.help.internal;

/** A choice posted by a form: absent or unknown values are no choice at all. */
final class Enums {

    private Enums() {}

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
