package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.UserId;
import java.time.LocalDate;

/**
 * What a professional's contact to social services (SHL 35 §) or a child-protection notification
 * (LSL 25 §) adds to its help request: the worker handling the request must see all of it.
 *
 * @param kind SOCIAL_SERVICES_CONTACT or CHILD_PROTECTION_NOTIFICATION
 * @param variant null for a contact to social services
 * @param notifier null for an anonymous notifier
 * @param consent null for a child-protection notification (no consent is asked for one)
 * @param consentReason why consent was refused or could not be obtained; null when given
 * @param familyParticipants LSL 25 a §: who of the family took part; null for other variants
 * @param names the person or family members concerned (SHL 35 §), the child's name (LSL 25 §)
 * @param dueDate LSL 25 c §: the expected due date of an unborn child
 */
public record Notification(Channel kind, NotificationVariant variant, NotifierKind notifierKind, Notifier notifier,
        Consent consent, String consentReason, String familyParticipants, String names, LocalDate birthDate,
        Integer age, LocalDate dueDate, String guardians, String address, String familyPhone, String familyEmail,
        String actionsTaken, boolean immediateDanger) {

    public boolean childProtection() {
        return kind == Channel.CHILD_PROTECTION_NOTIFICATION;
    }

    public boolean anonymous() {
        return notifierKind == NotifierKind.ANONYMOUS;
    }

    /**
     * Who notified, as they were at the time.
     *
     * @param account the professional's account; null for a private person
     */
    public record Notifier(UserId account, String name, String title, String organisation, String phone,
            String email) {}
}
