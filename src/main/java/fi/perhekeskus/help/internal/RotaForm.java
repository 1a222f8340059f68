package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.UserId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * One week's on-call team as the coordinator fills it in: three people of the area, each with
 * the profession they serve in. The rule "exactly three different people of the area" is checked
 * here so that every problem lands on the field the user can fix.
 */
public class RotaForm {

    private String user1;
    private String profession1;
    private String user2;
    private String profession2;
    private String user3;
    private String profession3;

    static RotaForm of(OnCallTeam team) {
        RotaForm form = new RotaForm();
        List<OnCallTeam.Member> members = team == null ? List.of() : team.members();
        for (int i = 0; i < members.size() && i < OnCallTeam.SIZE; i++) {
            form.set(i, members.get(i).userId().value().toString(), members.get(i).profession().name());
        }
        return form;
    }

    /** Validates against the area's people; answers the members when there were no errors. */
    List<OnCallRota.NewMember> validate(Set<UserId> areaPeople, Errors errors) {
        List<OnCallRota.NewMember> members = new ArrayList<>();
        Set<UserId> seen = new HashSet<>();
        String[] users = {user1, user2, user3};
        String[] professions = {profession1, profession2, profession3};
        for (int i = 0; i < OnCallTeam.SIZE; i++) {
            String userField = "user" + (i + 1);
            String professionField = "profession" + (i + 1);
            UserId user = parseUser(users[i]);
            if (blank(users[i])) {
                errors.rejectValue(userField, "help.reports.rota.form.member.required");
            } else if (user == null || !areaPeople.contains(user)) {
                errors.rejectValue(userField, "help.reports.rota.form.member.notInArea");
            } else if (!seen.add(user)) {
                errors.rejectValue(userField, "help.reports.rota.form.member.duplicate");
            }
            Profession profession = parseProfession(professions[i]);
            if (profession == null) {
                errors.rejectValue(professionField, "help.reports.rota.form.profession.required");
            }
            if (user != null && profession != null) members.add(new OnCallRota.NewMember(user, profession));
        }
        return errors.hasErrors() ? List.of() : members;
    }

    private void set(int index, String user, String profession) {
        switch (index) {
            case 0 -> { user1 = user; profession1 = profession; }
            case 1 -> { user2 = user; profession2 = profession; }
            default -> { user3 = user; profession3 = profession; }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static UserId parseUser(String value) {
        if (blank(value)) return null;
        try {
            return new UserId(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Profession parseProfession(String value) {
        if (blank(value)) return null;
        return Arrays.stream(Profession.values()).filter(p -> p.name().equals(value.strip())).findFirst().orElse(null);
    }

    public String getUser1() { return user1; }
    public void setUser1(String user1) { this.user1 = user1; }
    public String getProfession1() { return profession1; }
    public void setProfession1(String profession1) { this.profession1 = profession1; }
    public String getUser2() { return user2; }
    public void setUser2(String user2) { this.user2 = user2; }
    public String getProfession2() { return profession2; }
    public void setProfession2(String profession2) { this.profession2 = profession2; }
    public String getUser3() { return user3; }
    public void setUser3(String user3) { this.user3 = user3; }
    public String getProfession3() { return profession3; }
    public void setProfession3(String profession3) { this.profession3 = profession3; }
}
