package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/imports/ptv}: a coordinator or an administrator imports a Suomi.fi PTV
 * document. The answer counts what was created and updated and names each rejected element
 * with its reason; a document that is not JSON or not of the PTV shape imports nothing (400).
 */
@RestController
class PtvImportController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PtvImport ptvImport;
    private final MessageSource messages;

    PtvImportController(PtvImport ptvImport, MessageSource messages) {
        this.ptvImport = ptvImport;
        this.messages = messages;
    }

    /** The document's shape, for the OpenAPI description: lists of PTV Open API v11 objects. */
    @Schema(name = "PtvDocument", description = "Suomi.fi PTV Open API v11 objects as the PTV OUT API returns them")
    record PtvDocument(
            @Schema(description = "PTV organizations (id, organizationNames, organizationType, businessCode, ...)")
            List<Map<String, Object>> organizations,
            @Schema(description = "PTV services (id, serviceNames, serviceDescriptions, targetGroups, areaType, areas, "
                    + "languages, organizations, serviceChannels, modified, ...)")
            List<Map<String, Object>> services,
            @Schema(description = "PTV service channels (id, serviceChannelType, organizationId, serviceChannelNames, "
                    + "addresses, phoneNumbers, emails, webPages, serviceHours, modified, ...)")
            List<Map<String, Object>> serviceChannels) {}

    @Operation(summary = "Import organisations, services and service channels from Suomi.fi PTV",
            description = """
                    Coordinators and administrators. Each organisation, place and service is imported in its own \
                    transaction; a malformed element is rejected with its reason and the others are imported. \
                    Importing the same document again changes nothing. Imported entries are published.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = PtvDocument.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "What was created, updated, unchanged and rejected",
                            content = @Content(schema = @Schema(implementation = PtvImport.Report.class))),
                    @ApiResponse(responseCode = "400", description = "Not JSON or not of the PTV shape: nothing imported"),
                    @ApiResponse(responseCode = "401", description = "Not logged in"),
                    @ApiResponse(responseCode = "403", description = "Not a coordinator or an administrator")})
    @PostMapping(path = "/api/v1/imports/ptv", produces = "application/json")
    @Authorized(Action.IMPORT_PTV)
    ResponseEntity<?> importPtv(@RequestBody(required = false) String body, Locale locale) {
        JsonNode document;
        try {
            document = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException notJson) {
            return malformed("notJson", locale);
        }
        if (document == null) return malformed("empty", locale);
        try {
            return ResponseEntity.ok(ptvImport.run(document, locale));
        } catch (PtvImport.MalformedDocument e) {
            return malformed(e.getMessage(), locale);
        }
    }

    private ResponseEntity<Map<String, Object>> malformed(String code, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "Bad Request");
        body.put("reason", "malformed-ptv-document");
        body.put("message", messages.getMessage("servicemap.ptv.malformed." + code, null, code, locale));
        return ResponseEntity.badRequest().body(body);
    }
}
