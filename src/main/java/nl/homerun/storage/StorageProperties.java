package nl.homerun.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives.
 *
 * @param uri      a MongoDB connection string ({@code MONGODB_URI}); empty means the embedded server
 * @param database the database name ({@code MONGODB_DATABASE})
 * @param embedded {@code file} keeps the embedded data in {@code dataDir}; {@code memory} forgets it on exit (tests)
 */
@ConfigurationProperties("mongodb")
public record StorageProperties(String uri, @DefaultValue("homerun") String database,
        @DefaultValue("file") Embedded embedded) {

    /** The two backends of the embedded server. */
    public enum Embedded { FILE, MEMORY }

    boolean useEmbedded() {
        return uri == null || uri.isBlank();
    }
}
