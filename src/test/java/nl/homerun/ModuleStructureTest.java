package nl.homerun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module; none reaches into another's internals, none depends on a module its
 * {@code package-info.java} does not allow, none depend on each other in a cycle, and README's module table says
 * what the modules declare.
 */
class ModuleStructureTest {

    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([a-z]+)` \\| [^|]+ \\| ([^|]+) \\|$");

    private final ApplicationModules modules = ApplicationModules.of(Homerun.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theReadmeModuleTableSaysWhatEachModuleDeclares() throws IOException, ClassNotFoundException {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (var module : modules) {
            String name = module.getBasePackage().getName().substring("nl.homerun.".length());
            ApplicationModule annotation = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(annotation).as("@ApplicationModule in the package-info.java of " + name).isNotNull();
            declared.put(name, new TreeSet<>(Arrays.asList(annotation.allowedDependencies())));
        }
        Map<String, Set<String>> documented = new TreeMap<>();
        String readme = Files.readString(Path.of("README.md"));
        int table = readme.indexOf("| Module | Owns | Depends on |");
        Matcher row = TABLE_ROW.matcher(readme.substring(table, readme.indexOf("\n\n", table)));
        while (row.find()) {
            String dependsOn = row.group(2).strip();
            documented.put(row.group(1), dependsOn.equals("–") ? Set.of()
                    : new TreeSet<>(Arrays.asList(dependsOn.split(",\\s*"))));
        }
        assertThat(documented).isEqualTo(declared);
    }
}
