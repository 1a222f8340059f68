package fi.perhekeskus.consultation.internal.slots;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.directory.KeyPersonDirectory;
import fi.perhekeskus.platform.Mail;
import fi.perhekeskus.platform.Notifications;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the booker and the team: a calendar invitation by email to each of them (booker and every
 * member with an address), and an in-app notification to the members. Called inside the booking's
 * transaction, so nothing leaves for a booking that did not happen.
 */
@Component
class SlotNotices {

    static final String BOOKED = "CONSULTATION_SLOT_BOOKED";
    static final String CANCELLED = "CONSULTATION_SLOT_CANCELLED";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy H.mm");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("H.mm");
    private static final List<Locale> LANGUAGES = List.of(Locale.of("fi"), Locale.of("sv"), Locale.ENGLISH);

    private final Mail mail;
    private final Notifications notifications;
    private final KeyPersonDirectory directory;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final String organizer;

    SlotNotices(Mail mail, Notifications notifications, KeyPersonDirectory directory, UserAccounts accounts,
            MessageSource messages, Clock clock, @Value("${perhekeskus.mail.from:perhekeskus@localhost}") String organizer) {
        this.mail = mail;
        this.notifications = notifications;
        this.directory = directory;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
        this.organizer = organizer;
    }

    void booked(Slot slot, UUID booker) {
        tell(slot, booker, false);
    }

    void cancelled(Slot slot, UUID booker) {
        tell(slot, booker, true);
    }

    static String when(Slot slot) {
        return WHEN.format(slot.start()) + "–" + UNTIL.format(slot.end());
    }

    private void tell(Slot slot, UUID booker, boolean cancel) {
        String bookerName = accounts.workProfile(new UserId(booker))
                .map(UserAccounts.WorkProfile::displayName).orElse("");
        Set<UUID> people = new LinkedHashSet<>();
        people.add(booker);
        directory.teamMembers(slot.teamId()).forEach(m -> people.add(m.value()));
        List<SlotInvitation.Person> invited = new ArrayList<>();
        for (UUID person : people) {
            accounts.workProfile(new UserId(person)).filter(p -> p.email() != null && !p.email().isBlank())
                    .ifPresent(p -> invited.add(new SlotInvitation.Person(p.displayName(), p.email().strip())));
        }
        String when = when(slot);
        String place = slot.location() != null ? slot.location() : slot.videoLink();
        Object[] args = {slot.teamName(), when, place, bookerName};
        String key = cancel ? "slots.mail.cancelled" : "slots.mail.booked";
        String summary = messages.getMessage("slots.mail.summary", new Object[] {slot.teamName()}, Locale.of("fi"));
        StringBuilder body = new StringBuilder();
        for (Locale language : LANGUAGES) {
            body.append(messages.getMessage(key, args, language)).append("\n\n");
        }
        if (!cancel && slot.topic() != null) {
            body.append(messages.getMessage("slots.mail.topic", new Object[] {slot.topic()}, Locale.of("fi"))).append('\n');
        }
        String description = cancel ? null : slot.topic();
        String calendar = cancel
                ? SlotInvitation.cancel(slot, clock.instant(), organizer, invited, summary, description)
                : SlotInvitation.request(slot, clock.instant(), organizer, invited, summary, description);
        String subject = messages.getMessage(cancel ? "slots.mail.subject.cancelled" : "slots.mail.subject.booked",
                new Object[] {slot.teamName(), when}, Locale.of("fi"));
        for (SlotInvitation.Person person : invited) {
            mail.send(person.email(), subject, body.toString(), calendar);
        }
        for (UUID member : people) {
            if (member.equals(booker)) continue;
            notifications.notify(member, cancel ? CANCELLED : BOOKED,
                    cancel ? "slots.notice.cancelled" : "slots.notice.booked",
                    List.of(bookerName, when, slot.teamName()), "/teams/" + slot.teamId() + "/slots");
        }
    }
}
