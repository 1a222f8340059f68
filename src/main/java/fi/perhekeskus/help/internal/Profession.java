package fi.perhekeskus.help.internal;

/** Who may form the three-person on-call teams of client guidance (seed 004). */
public enum Profession {
    SERVICE_GUIDE, FAMILY_SOCIAL_WORKER, SOCIAL_INSTRUCTOR, HOME_HELP_CONTACT, FAMILY_WORK_SUPERVISOR,
    FAMILY_COUNSELLING_SOCIAL_WORKER, FAMILY_COUNSELLING_PSYCHOLOGIST, PSYCHIATRIC_NURSE, OTHER;

    public String messageKey() {
        return "help.reports.rota.profession." + name();
    }
}
