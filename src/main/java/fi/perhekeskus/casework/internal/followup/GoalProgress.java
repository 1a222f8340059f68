package fi.perhekeskus.casework.internal.followup;

/** Progress of one goal at a follow-up, on a simple scale told in words (never by colour only). */
public enum GoalProgress {
    WORSE, NO_CHANGE, SOME_PROGRESS, GOOD_PROGRESS, ACHIEVED;

    public String messageKey() {
        return "casework.followup.progress." + name();
    }
}
