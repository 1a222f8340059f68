package fi.perhekeskus;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries of design.md hold; the module documentation is written to target/spring-modulith-docs. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PerhekeskusApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
