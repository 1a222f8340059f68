package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import java.util.LinkedHashMap;
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
