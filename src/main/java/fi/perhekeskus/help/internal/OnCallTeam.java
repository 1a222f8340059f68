package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.UserId;
import java.time.LocalDate;
import java.util.List;

/** The on-call team of one area for the ISO week starting on {@code weekStart} (a Monday). */
public record OnCallTeam(LocalDate weekStart, List<Member> members) {

    /** A team needs three members (seed 004); fewer means the week still needs planning. */
    public static final int SIZE = 3;

    public OnCallTeam {
        members = List.copyOf(members);
    }

    public boolean complete() {
        return members.size() == SIZE;
    }

    public boolean includes(UserId user) {
        return members.stream().anyMatch(m -> m.userId().equals(user));
    }

    public record Member(UserId userId, String displayName, Profession profession) {}
}
