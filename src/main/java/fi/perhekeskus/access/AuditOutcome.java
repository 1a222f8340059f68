package fi.perhekeskus.access;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
