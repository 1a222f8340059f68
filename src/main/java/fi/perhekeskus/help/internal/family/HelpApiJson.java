package fi.perhekeskus.help.internal.family;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The shapes of the help-request API, for the OpenAPI description and the answers. */
final class HelpApiJson {

    private HelpApiJson() {}

    @Schema(name = "HelpRequestSubmission", description = "A family's request for help")
    record Submission(
            @Schema(description = "The concern in the family's own words", requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 4000, example = "Meillä on ollut vaikeaa nukkumaanmenon kanssa.") String concern,
            @ArraySchema(schema = @Schema(minimum = "0", maximum = "17"), maxItems = 20,
                    arraySchema = @Schema(description = "Ages of the children concerned", example = "[4, 9]"))
            List<Integer> childAges,
            @Schema(description = "An expecting family", defaultValue = "false") Boolean expecting,
            @Schema(description = "Municipality by name or official three-digit code", example = "Nokia",
                    requiredMode = Schema.RequiredMode.REQUIRED) String municipality,
            @Schema(description = "Family centre area (id or name) when the municipality has several, e.g. Tampere",
                    example = "Hervanta–Vuores") String area,
            @Schema(description = "Language of the answer", allowableValues = {"fi", "sv", "en"},
                    requiredMode = Schema.RequiredMode.REQUIRED) String language,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Contact contact,
            @ArraySchema(schema = @Schema(implementation = Topic.class),
                    arraySchema = @Schema(description = "Optional topics")) List<String> topics) {}

    @Schema(name = "HelpRequestContact", description = "How to be contacted; none is an anonymous question "
            + "whose answer is read with the receipt code")
    record Contact(
            @Schema(allowableValues = {"none", "phone", "email"}, requiredMode = Schema.RequiredMode.REQUIRED)
            String method,
            @Schema(description = "Phone number (040 123 4567, +358 40 1234567) or email; omitted with none")
            String value) {}

    @Schema(name = "HelpRequestReceipt")
    record Created(@Schema(description = "Keep it: with it the family sees the status and the answer",
            example = "ABCD-EFGH-JKMN") String receiptCode) {}

    @Schema(name = "HelpRequestStatus")
    record Status(@Schema(allowableValues = {"NEW", "IN_PROGRESS", "ANSWERED", "CLOSED"}) String status,
            @Schema(description = "The status in the caller's language") String statusText,
            @Schema(description = "The answer to an anonymous question; null until answered", nullable = true)
            String answer) {}

    @Schema(name = "HelpRequestFieldError")
    record FieldError(String field, String message) {}

    @Schema(name = "HelpRequestError", description = "reason: invalid-json, invalid-parameters, "
            + "idempotency-key-reused, rate-limited or not-found")
    record Error(int status, String reason, String message, List<FieldError> fields) {}
}
