package fi.perhekeskus.help.internal;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/** One row of the rota page: a week and its team, if any. */
public record RotaWeek(LocalDate start, OnCallTeam team, boolean current) {

    public LocalDate end() {
        return start.plusDays(6);
    }

    public int weekNumber() {
        return start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public List<OnCallTeam.Member> members() {
        return team == null ? List.of() : team.members();
    }

    /** COMPLETE, INCOMPLETE (fewer than three) or MISSING: the page highlights the last two. */
    public String state() {
        if (team == null || team.members().isEmpty()) return "MISSING";
        return team.complete() ? "COMPLETE" : "INCOMPLETE";
    }
}
