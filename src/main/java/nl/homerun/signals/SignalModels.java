package nl.homerun.signals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.util.ext.ExtensionLoader;

import nl.homerun.users.Language;

/**
 * Where the trained models live: {@code models/signals-<lang>.bin} with its tuned confidence threshold in
 * {@code models/signals-<lang>.properties}, in the repository and, packaged, on the class path.
 */
final class SignalModels {

    private SignalModels() {
    }

    /**
     * Since OpenNLP 2.5.9 a model may only name classes from packages registered with {@link ExtensionLoader};
     * ours names {@link SignalFeatures}. Call before reading a model.
     */
    static void allowOurFeatures() {
        ExtensionLoader.registerAllowedPackage(SignalFeatures.class.getPackageName());
    }

    static String fileName(Language language) {
        return "signals-" + language.code();
    }

    static Categorizer fromClasspath(Language language) {
        String base = "/models/" + fileName(language);
        try (InputStream model = SignalModels.class.getResourceAsStream(base + ".bin");
                InputStream settings = SignalModels.class.getResourceAsStream(base + ".properties")) {
            if (model == null || settings == null) {
                throw new IllegalStateException("No trained model " + base + " on the class path; run train-models");
            }
            allowOurFeatures();
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(settings, StandardCharsets.UTF_8));
            return new Categorizer(new DoccatModel(model), threshold(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Categorizer fromDirectory(Path directory, Language language) throws IOException {
        allowOurFeatures();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve(fileName(language) + ".properties"))) {
            properties.load(reader);
        }
        return new Categorizer(new DoccatModel(directory.resolve(fileName(language) + ".bin")), threshold(properties));
    }

    static void save(Path directory, Language language, DoccatModel model, double threshold, String comment) throws IOException {
        Files.createDirectories(directory);
        try (OutputStream out = Files.newOutputStream(directory.resolve(fileName(language) + ".bin"))) {
            model.serialize(out);
        }
        Files.writeString(directory.resolve(fileName(language) + ".properties"),
                "# " + comment + "\n# Below this confidence a sentence counts as NEUTRAL (tuned by cross-validation).\n"
                        + "threshold=" + threshold + "\n", StandardCharsets.UTF_8);
    }

    private static double threshold(Properties properties) {
        return Double.parseDouble(properties.getProperty("threshold", "0.5"));
    }
}
