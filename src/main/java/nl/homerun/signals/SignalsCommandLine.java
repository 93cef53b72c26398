package nl.homerun.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.homerun.users.Language;

/**
 * The command line of the signal detector, without Spring or a database:
 * {@code analyze [--lang nl|en|auto]} reads notes from standard input, one per line, and writes one JSON object per
 * line; {@code train-models} and {@code evaluate-models} build and measure the models in {@code models/}.
 */
public final class SignalsCommandLine {

    static final int MAX_NOTE_LENGTH = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String README_START = "<!-- evaluation:start -->";
    private static final String README_END = "<!-- evaluation:end -->";

    private SignalsCommandLine() {
    }

    /** Runs a command; returns the process exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        logWarningsToStandardError();
        String command = args.length == 0 ? "" : args[0];
        return switch (command) {
            case "analyze" -> analyze(args, in, out, err);
            case "train-models" -> trainModels(path(args, 1, "models/data"), path(args, 2, "models"), out);
            case "evaluate-models" -> evaluateModels(path(args, 1, "models/data"), path(args, 2, "models"), out);
            default -> {
                err.println("Usage: analyze [--lang nl|en|auto] | train-models [data] [models] | evaluate-models [data] [models]");
                yield 2;
            }
        };
    }

    private static int analyze(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        String lang = "auto";
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[++i].toLowerCase(Locale.ROOT);
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring(7).toLowerCase(Locale.ROOT);
            }
        }
        if (!List.of("nl", "en", "auto").contains(lang)) {
            err.println("--lang takes nl, en or auto, not " + lang);
            return 2;
        }
        Language forced = lang.equals("auto") ? null : Language.fromCode(lang);
        SignalDetector detector = SignalDetector.load();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
            out.println(analyzeLine(detector, decoder, raw, forced));
            out.flush();
        }
        return 0;
    }

    /** One line of input, read as bytes (ISO-8859-1 keeps them intact) and decoded strictly as UTF-8 here. */
    static String analyzeLine(SignalDetector detector, java.nio.charset.CharsetDecoder decoder, String raw, Language forced) {
        String note;
        try {
            note = decoder.decode(java.nio.ByteBuffer.wrap(raw.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return error("not UTF-8 text");
        }
        String error = problem(note);
        if (error != null) {
            return error(error);
        }
        NoteAnalysis analysis = forced == null ? detector.analyze(note, null) : detector.analyzeAs(note, forced);
        ObjectNode json = JSON.createObjectNode();
        json.put("lang", analysis.language().code());
        json.put("label", analysis.label().name());
        var signals = json.putArray("signals");
        for (Signal signal : analysis.signals()) {
            signals.addObject().put("type", signal.type().name()).put("sentence", signal.sentence())
                    .put("confidence", Math.round(signal.confidence() * 1000) / 1000.0);
        }
        return json.toString();
    }

    /** Why a note cannot be analysed, or null when it can. */
    static String problem(String note) {
        if (note.isBlank()) {
            return "empty line";
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            return "line too long: " + note.length() + " characters, at most " + MAX_NOTE_LENGTH;
        }
        long control = note.chars().filter(c -> Character.isISOControl(c) && c != '\t').count();
        if (control > 0 || note.indexOf('\uFFFD') >= 0) {
            return "not text: the line holds control characters or binary data";
        }
        if (note.codePoints().noneMatch(Character::isLetter)) {
            return "no words in this line";
        }
        return null;
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }

    private static int trainModels(Path data, Path models, PrintStream out) throws IOException {
        ModelTraining training = new ModelTraining(Tokens.fromClasspath());
        var languageModel = training.trainLanguageModel(data);
        java.nio.file.Files.createDirectories(models);
        SignalModels.writeReproducibly(languageModel, models.resolve(LanguageGuesser.DOMAIN_MODEL));
        var languages = training.languageAccuracy(data, new LanguageGuesser(LanguageGuesser::generalModel, languageModel),
                languageModel);
        List<ModelTraining.Evaluation> evaluations = new ArrayList<>();
        for (Language language : Language.values()) {
            ModelTraining.Trained trained = training.trainAndEvaluate(data, language);
            SignalModels.save(models, language, trained.categorizer().model(), trained.categorizer().threshold(),
                    "Trained by train-models from " + data + "/" + language.code() + "/train");
            evaluations.add(trained.evaluation());
        }
        String report = ModelTraining.report(evaluations, languages);
        out.println(report);
        writeIntoReadme(models.resolve("README.md"), report);
        return 0;
    }

    private static int evaluateModels(Path data, Path models, PrintStream out) throws IOException {
        ModelTraining training = new ModelTraining(Tokens.fromClasspath());
        for (Language language : Language.values()) {
            Categorizer model = SignalModels.fromDirectory(models, language);
            List<ModelTraining.Sample> test = training.read(data, language, "test");
            ModelTraining.Evaluation e = training.evaluate(language, model, test, 0, new Scores(), new double[0]);
            out.printf(Locale.ROOT, "%s  threshold %.3f  held-out macro-F1 %.3f  SILENT_COMPLAINT F1 %.3f  keyword baseline %.3f%n",
                    language.code(), e.threshold(), e.heldOut().macroF1(), e.heldOut().f1(SignalType.SILENT_COMPLAINT),
                    e.baseline().macroF1());
            out.println(e.heldOut().table());
            out.println(e.heldOut().confusion());
        }
        return 0;
    }

    private static void writeIntoReadme(Path readme, String report) throws IOException {
        if (!Files.exists(readme)) {
            return;
        }
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(README_START);
        int end = text.indexOf(README_END);
        if (start < 0 || end < start) {
            return;
        }
        Files.writeString(readme, text.substring(0, start + README_START.length()) + "\n" + report + "\n"
                + text.substring(end), StandardCharsets.UTF_8);
    }

    /** Standard output carries the results, so the log (warnings only) goes to standard error. */
    private static void logWarningsToStandardError() {
        if (!(org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context)) {
            return;
        }
        context.reset();
        var encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{20}: %msg%n");
        encoder.start();
        var appender = new ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.setContext(context);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        root.addAppender(appender);
    }

    private static Path path(String[] args, int index, String fallback) {
        return Path.of(args.length > index ? args[index] : fallback);
    }
}
