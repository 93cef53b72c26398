package nl.homerun.signals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.util.model.BaseModel;
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

    /** Reads a model from the class path: ours under /models/, or one of OpenNLP's published ones. */
    static <T> T fromClasspath(String resource, ModelReader<T> reader) {
        try (InputStream in = SignalModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model's constructor from a stream. */
    @FunctionalInterface
    interface ModelReader<T> {
        T read(InputStream in) throws IOException;
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
        writeReproducibly(model, directory.resolve(fileName(language) + ".bin"));
        Files.writeString(directory.resolve(fileName(language) + ".properties"),
                "# " + comment + "\n# Below this confidence a sentence counts as NEUTRAL (tuned by cross-validation).\n"
                        + "threshold=" + threshold + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Writes a model so that the same training gives the same bytes: OpenNLP stamps the time into the model's
     * manifest and its zip entries, which would make every retraining a change.
     */
    static void writeReproducibly(BaseModel model, Path file) throws IOException {
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        model.serialize(original);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    content = withoutTime(content);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
    }

    private static final long FIXED_TIME = 315_532_800_000L; // 1980-01-01, the earliest a zip entry holds

    private static byte[] withoutTime(byte[] manifest) {
        String text = new String(manifest, StandardCharsets.ISO_8859_1);
        return text.lines().filter(line -> !line.startsWith("#"))
                .map(line -> line.startsWith("Timestamp=") ? "Timestamp=0" : line)
                .sorted().collect(java.util.stream.Collectors.joining("\n", "", "\n"))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static double threshold(Properties properties) {
        return Double.parseDouble(properties.getProperty("threshold", "0.5"));
    }
}
