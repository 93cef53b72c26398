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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.homerun.users.Language;

/**
 * The command line of the signal detector, without Spring or a database:
 * {@code analyze [--lang nl|en|auto]} reads notes from standard input, one per line, and writes one JSON object per
 * line; {@code train-models}, {@code evaluate-models} and {@code compare-models} build and measure the models in
 * {@code models/}. A note in a language Homerun does not read comes back with that language (ISO 639-3, e.g.
 * "deu"), label NEUTRAL and no signals.
 */
public final class SignalsCommandLine {

    static final int MAX_NOTE_LENGTH = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SignalsCommandLine() {
    }

    /** Runs a command; returns the process exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        logWarningsToStandardError();
        String command = args.length == 0 ? "" : args[0];
        return switch (command) {
            case "analyze" -> analyze(args, in, out, err);
            case "train-models" -> trainModels(args, out);
            case "evaluate-models" -> evaluateModels(path(args, 1, "models/data"), path(args, 2, "models"), out);
            case "compare-models" -> compareModels(path(args, 1, "models/data"), path(args, 2, "models"), out);
            default -> {
                err.println("Usage: analyze [--lang nl|en|auto] | train-models [data] [models] [--feedback mongodb-uri|export.json]"
                        + " | evaluate-models [data] [models] | compare-models [data] [models]");
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
        json.put("lang", analysis.analysed() ? analysis.language().code() : analysis.foreignLanguage());
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

    private static int trainModels(String[] args, PrintStream out) throws IOException {
        Path data = path(args, 1, "models/data");
        Path models = path(args, 2, "models");
        String feedback = option(args, "--feedback");
        List<ModelEvaluation> before = new ArrayList<>();
        if (feedback != null) {
            Sentences current = sentencesIn(models);
            for (Language language : Language.values()) {
                before.add(ModelEvaluation.of(data, language, SignalModels.fromDirectory(models, language), current, 0));
            }
            List<FeedbackImport.Verdict> verdicts = FeedbackImport.read(feedback);
            out.println("Folded " + verdicts.size() + " verdicts from " + (feedback.startsWith("mongodb") ? "MongoDB"
                    : feedback) + " into " + data + "/<lang>/feedback: " + FeedbackImport.merge(data, verdicts)
                    + " sentences there now.");
        }
        var languageModel = LanguageModelTraining.train(data);
        Files.createDirectories(models);
        SignalModels.writeReproducibly(languageModel, models.resolve(LanguageGuesser.DOMAIN_MODEL));
        Files.write(models.resolve(LanguageGuesser.WORDS), LanguageGuesser.commonWords(data), StandardCharsets.UTF_8);
        var languages = LanguageModelTraining.measure(data, languageModel);
        Map<Language, Clauses> clauses = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            var model = Clauses.train(TrainingData.sentences(data, language, TrainingData.TRAIN));
            Files.write(models.resolve(Clauses.fileName(language)), Clauses.bytes(model));
            clauses.put(language, new Clauses(model));
        }
        Sentences sentences = Sentences.withClauses(clauses);
        List<TrainedModel> trained = new ArrayList<>();
        for (Language language : Language.values()) {
            TrainedModel model = train(data, language, Recipe.CHOSEN, true, sentences);
            trained.add(model);
            SignalModels.save(models, language, Recipe.CHOSEN, model.categorizer(),
                    "Trained by train-models from " + data + "/" + language.code() + "/train and feedback");
        }
        String report = ModelReport.evaluation(trained.stream().map(TrainedModel::report).toList(), languages);
        out.println(report);
        if (!before.isEmpty()) {
            out.println(ModelReport.moved(before, trained.stream().map(t -> t.report().evaluation()).toList()));
        }
        ModelReport.writeInto(models.resolve("README.md"), "evaluation", report);
        return 0;
    }

    /** A categoriser trained on all training data, with its threshold and note floor, and how it did. */
    private record TrainedModel(Categorizer categorizer, ModelReport.Trained report) {
    }

    private static TrainedModel train(Path data, Language language, Recipe recipe, boolean crossValidate,
            Sentences sentences) throws IOException {
        List<TrainingData.Sample> train = TrainingData.trainingSet(data, language);
        ModelTraining.CrossValidation cv = crossValidate ? ModelTraining.crossValidate(language, recipe, train) : null;
        Categorizer raw = ModelTraining.train(language, recipe, train);
        Categorizer categorizer = cv == null ? raw : new Categorizer(raw.models(), cv.threshold(), cv.noteFloor());
        return new TrainedModel(categorizer, new ModelReport.Trained(recipe, cv,
                ModelEvaluation.of(data, language, categorizer, sentences, train.size())));
    }

    private static int evaluateModels(Path data, Path models, PrintStream out) throws IOException {
        List<ModelEvaluation> evaluations = new ArrayList<>();
        Sentences sentences = sentencesIn(models);
        for (Language language : Language.values()) {
            Categorizer categorizer = SignalModels.fromDirectory(models, language);
            ModelEvaluation e = ModelEvaluation.of(data, language, categorizer, sentences, 0);
            evaluations.add(e);
            out.printf(Locale.ROOT, "%s  threshold %.3f  note floor %.3f  held-out macro-F1 %.3f  generalisation macro-F1 %.3f"
                    + "  COMPLAINT recall %.3f  notes right %.1f%%  keyword baseline %.3f%n", language.code(),
                    categorizer.threshold(), categorizer.noteFloor(), e.heldOut().macroF1(), e.generalisation().macroF1(),
                    e.generalisation().recall(SignalType.COMPLAINT), 100 * e.noteAccuracy(), e.baselineHeldOut().macroF1());
            out.println(e.generalisation().table());
            out.println(e.generalisation().confusion());
        }
        out.println(ModelReport.probes(evaluations, true));
        return 0;
    }

    /** Sentences split with the clause models of a models folder. */
    private static Sentences sentencesIn(Path models) throws IOException {
        Map<Language, Clauses> clauses = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            try (var in = Files.newInputStream(models.resolve(Clauses.fileName(language)))) {
                clauses.put(language, Clauses.read(in));
            }
        }
        return Sentences.withClauses(clauses);
    }

    /** Trains every candidate recipe on the training file and measures them side by side (no threshold). */
    private static int compareModels(Path data, Path models, PrintStream out) throws IOException {
        List<ModelReport.Trained> candidates = new ArrayList<>();
        Sentences sentences = sentencesIn(models);
        for (Recipe recipe : Recipe.CANDIDATES) {
            for (Language language : Language.values()) {
                ModelReport.Trained trained = train(data, language, recipe, false, sentences).report();
                candidates.add(trained);
                out.println(ModelReport.comparison(List.of(trained)).lines().skip(2).findFirst().orElse(""));
            }
        }
        String table = ModelReport.comparison(candidates);
        out.println(table);
        ModelReport.writeInto(models.resolve("README.md"), "comparison", table);
        return 0;
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

    /** The positional argument at {@code index} (the command is 0), options not counted. */
    private static Path path(String[] args, int index, String fallback) {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                i++;
            } else {
                positional.add(args[i]);
            }
        }
        return Path.of(positional.size() > index ? positional.get(index) : fallback);
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}
