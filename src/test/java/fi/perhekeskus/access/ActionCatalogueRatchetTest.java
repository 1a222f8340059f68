package fi.perhekeskus.access;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.denied.UnannotatedTestController;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint of ours names its action from the catalogue; a new one without it fails here. */
@PerhekeskusTest
class ActionCatalogueRatchetTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyHandlerOfOursNamesItsAction() {
        Map<RequestMappingInfo, HandlerMethod> ours = mapping.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getName().startsWith("fi.perhekeskus."))
                .filter(e -> e.getValue().getBeanType() != UnannotatedTestController.class)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(ours).as("handlers of fi.perhekeskus").isNotEmpty();
        assertThat(ours.entrySet())
                .filteredOn(e -> !e.getValue().hasMethodAnnotation(Authorized.class))
                .extracting(e -> e.getKey() + " -> " + e.getValue().getShortLogMessage())
                .as("handlers without @Authorized")
                .isEmpty();
    }

    /** Without a target, a row-level rule can never permit: the endpoint would be closed to all but admins. */
    @Test
    void handlersOfRowLevelActionsNameTheirTargetVariable() {
        assertThat(mapping.getHandlerMethods().values())
                .filteredOn(h -> h.hasMethodAnnotation(Authorized.class))
                .filteredOn(h -> h.getMethodAnnotation(Authorized.class).value().targeted())
                .filteredOn(h -> h.getMethodAnnotation(Authorized.class).target().isEmpty())
                .extracting(HandlerMethod::getShortLogMessage)
                .as("row-level handlers without a target")
                .isEmpty();
    }
}
