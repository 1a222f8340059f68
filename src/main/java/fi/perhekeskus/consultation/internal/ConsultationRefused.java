package fi.perhekeskus.consultation.internal;

import java.util.List;

/**
 * A consultation request refused by a rule, returned to the user as data: the field it concerns, a
 * message key, a machine-readable reason and the HTTP status an API caller gets.
 */
final class ConsultationRefused extends RuntimeException {

    final int status;
    final String reason;
    final String field;
    final String messageKey;
    final List<Object> arguments;
    final transient List<IdentifyingDetails.Finding> findings;

    ConsultationRefused(int status, String reason, String field, String messageKey, List<Object> arguments,
            List<IdentifyingDetails.Finding> findings) {
        super(reason, null, false, false);
        this.status = status;
        this.reason = reason;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.findings = findings;
    }

    static ConsultationRefused invalid(String field, String reason, String messageKey) {
        return new ConsultationRefused(422, reason, field, messageKey, List.of(), List.of());
    }

    static ConsultationRefused conflict(String reason, String messageKey, Object... arguments) {
        return new ConsultationRefused(409, reason, null, messageKey, List.of(arguments), List.of());
    }
}
