package nl.homerun.signals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.util.model.BaseModel;
import opennlp.tools.util.ext.ExtensionLoader;

import nl.homerun.users.Language;

/**
 * Where the trained models live: {@code models/signals-<lang>.properties} names the learners and holds the tuned
 * threshold and note floor; {@code models/signals-<lang>-<learner>.bin} is each learner's model. In the repository
 * and, packaged, on the class path.
 */
final class SignalModels {

    private SignalModels() {
    }

    /**
     * Since OpenNLP 2.5.9 a model may only name classes from packages registered with {@link ExtensionLoader};
     * ours name our feature classes ({@link WordFeatures} and the others). Call before reading a model.
     */
    static void allowOurFeatures() {
        ExtensionLoader.registerAllowedPackage(WordFeatures.class.getPackageName());
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

    static String modelFileName(Language language, Recipe.Learner learner) {
        return fileName(language) + "-" + learner.fileSuffix() + ".bin";
    }

    static Categorizer fromClasspath(Language language) {
        return load(language, name -> {
            InputStream in = SignalModels.class.getResourceAsStream("/models/" + name);
            if (in == null) {
                throw new IllegalStateException("No trained model /models/" + name + " on the class path; run train-models");
            }
            return in;
        });
    }

    static Categorizer fromDirectory(Path directory, Language language) throws IOException {
        return load(language, name -> Files.newInputStream(directory.resolve(name)));
    }

    /** Opens a file of the models folder by name. */
    @FunctionalInterface
    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    private static Categorizer load(Language language, Opener opener) {
        allowOurFeatures();
        try {
            Properties properties = new Properties();
            try (InputStream settings = opener.open(fileName(language) + ".properties")) {
                properties.load(new java.io.InputStreamReader(settings, StandardCharsets.UTF_8));
            }
            List<DoccatModel> models = new ArrayList<>();
            for (String learner : properties.getProperty("learners", "maxent").split(",")) {
                try (InputStream model = opener.open(modelFileName(language, Recipe.Learner.ofFileSuffix(learner)))) {
                    models.add(new DoccatModel(model));
                }
            }
            return new Categorizer(models, Double.parseDouble(properties.getProperty("threshold", "0.5")),
                    Double.parseDouble(properties.getProperty("noteFloor", "0")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void save(Path directory, Language language, Recipe recipe, Categorizer categorizer, String comment)
            throws IOException {
        Files.createDirectories(directory);
        for (int i = 0; i < recipe.learners().size(); i++) {
            writeReproducibly(categorizer.models().get(i), directory.resolve(modelFileName(language, recipe.learners().get(i))));
        }
        String learners = recipe.learners().stream().map(Recipe.Learner::fileSuffix).collect(Collectors.joining(","));
        Files.writeString(directory.resolve(fileName(language) + ".properties"), "# " + comment + "\n"
                + "# " + recipe.describe() + "; the probabilities of the learners are averaged.\n"
                + "learners=" + learners + "\n"
                + "# Below this confidence a sentence counts as NEUTRAL (tuned by cross-validation).\n"
                + "threshold=" + categorizer.threshold() + "\n"
                + "# A note's label is the most urgent of its signals at least this sure (tuned by cross-validation).\n"
                + "noteFloor=" + categorizer.noteFloor() + "\n", StandardCharsets.UTF_8);
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
}
