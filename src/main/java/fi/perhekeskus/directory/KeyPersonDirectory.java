package fi.perhekeskus.directory;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.FamilyCentreAreaId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules (consultation) may ask of the directory. */
public interface KeyPersonDirectory {

    /** The expertise area by code, if it exists and is in use. */
    Optional<ExpertiseArea> expertise(String code);

    List<ExpertiseArea> expertiseAreas();

    /**
     * Who receives a consultation to this expertise in this area on that day: the accounts of the key
     * persons whose active assignment serves the area, and their deputies.
     */
    List<UserId> consultationRecipients(String expertiseCode, FamilyCentreAreaId area, LocalDate on);

    /** The accounts of a multi-professional team's members; empty for an unknown or inactive team. */
    List<UserId> teamMembers(UUID teamId);

    /** Name of an active team, if it exists. */
    Optional<String> teamName(UUID teamId);

    /**
     * The weekly consultation budget of an account on that day: the sum of the weekly hours of the active
     * key person assignments of the professional linked to it; zero when none.
     */
    java.math.BigDecimal weeklyBudgetHours(UserId user, LocalDate on);

    /**
     * Active professionals of the directory (key persons and others) whose name contains the text, by
     * name, at most {@code limit}; {@code user} is null for a professional without an account.
     */
    List<Professional> professionalsNamed(String text, int limit);

    /** An active professional of the directory by id. */
    Optional<Professional> professional(UUID id);

    /** A professional as the directory knows them; title, phone and email may be null. */
    record Professional(UUID id, UserId user, String name, String title, String organisation, String phone,
            String email) {}

    /** An expertise area with its name in the three languages. */
    record ExpertiseArea(String code, String nameFi, String nameSv, String nameEn) {
        public String name(java.util.Locale locale) {
            return switch (locale.getLanguage()) {
                case "sv" -> nameSv;
                case "en" -> nameEn;
                default -> nameFi;
            };
        }
    }
}
