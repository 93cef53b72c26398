package nl.homerun;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a module; none reaches into another's internals and none depend on each other in a cycle. */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(Homerun.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }
}
