package nl.homerun.dialogs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The conversation scripts, read at start from {@code conversations/*.yaml} on the class path (the build copies the
 * repository's {@code conversations/} folder there). A broken script stops the start.
 */
@Component
class ScriptLibrary {

    private final Map<String, Script> scripts = new LinkedHashMap<>();

    ScriptLibrary() {
        this("classpath*:conversations/*.yaml");
    }

    ScriptLibrary(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            java.util.Arrays.sort(resources, java.util.Comparator.comparing(Resource::getFilename));
            for (Resource resource : resources) {
                String name = "conversations/" + resource.getFilename();
                try (InputStream in = resource.getInputStream()) {
                    Script script = ScriptReader.read(name, in);
                    scripts.put(script.id(), script);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Collection<Script> all() {
        return scripts.values();
    }

    Optional<Script> find(String id) {
        return Optional.ofNullable(scripts.get(id));
    }
}
