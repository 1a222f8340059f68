package fi.perhekeskus.casework.internal;

/** The recorded basis for opening a case and processing the family's data (client_case.basis). */
public enum CaseBasis {
    FAMILY_REQUEST, CLIENT_GUIDANCE, SERVICE_NEED_ASSESSMENT, CONSENT_OF_FAMILY, STATUTORY_DUTY;

    public String messageKey() {
        return "casework.open.basis." + name();
    }
}
