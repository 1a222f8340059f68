package fi.perhekeskus.consultation.internal.slots;

/** How a booking went; losing a race or an outdated page is an answer, not an error. */
sealed interface BookingResult {

    record Booked(Slot slot) implements BookingResult {}

    /** A repeated submit (double click, back and resend): the first one already booked it for the same person. */
    record AlreadyYours(Slot slot) implements BookingResult {}

    /** Someone else booked it first. */
    record Taken(Slot slot) implements BookingResult {}

    /** The time was removed, or it has begun. */
    record Unavailable() implements BookingResult {}
}
