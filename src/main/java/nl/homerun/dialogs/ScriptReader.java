package nl.homerun.dialogs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import nl.homerun.contacts.ContactFacts;
import nl.homerun.dialogs.Script.AnswerType;
import nl.homerun.dialogs.Script.Choice;
import nl.homerun.dialogs.Script.Item;
import nl.homerun.dialogs.Script.Offer;
import nl.homerun.dialogs.Script.Step;

/**
 * Reads and checks a conversation script (format in README.md). Everything the engine relies on is checked here, so
 * a broken script stops the start with the file, the step and what is wrong, instead of failing a user mid-dialog.
 */
final class ScriptReader {

    private static final Pattern ANSWER_REFERENCE = Pattern.compile("\\{answer:([^}]*)}");

    private final String file;

    private ScriptReader(String file) {
        this.file = file;
    }

    static Script read(String file, InputStream in) throws IOException {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (YAMLException e) {
            throw new InvalidScriptException(file, null, "not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidScriptException(file, null, "expected a mapping with id, commands, title, steps …");
        }
        return new ScriptReader(file).script(map);
    }

    private Script script(Map<?, ?> map) {
        String id = string(map, "id", null, "[a-z][a-z0-9-]{0,15}");
        String expected = file.substring(file.lastIndexOf('/') + 1).replace(".yaml", "");
        if (!id.equals(expected)) {
            throw problem(null, "id '" + id + "' must equal the file name '" + expected + "'");
        }
        Map<?, ?> commands = map(map, "commands", null);
        String commandNl = string(commands, "nl", null, "[a-z_]{1,32}");
        String commandEn = string(commands, "en", null, "[a-z_]{1,32}");
        Texts description = texts(map, "description", null);
        if (description.nl().length() > 200 || description.en().length() > 200) {
            throw problem(null, "description is longer than 200 characters (it becomes a line of Telegram's menu)");
        }
        String account = map.containsKey("account") ? String.valueOf(map.get("account")) : "none";
        if (!account.equals("optional") && !account.equals("none")) {
            throw problem(null, "account must be 'optional' or 'none', not '" + account + "'");
        }
        Object scored = map.containsKey("scored") ? map.get("scored") : Boolean.FALSE;
        if (!(scored instanceof Boolean)) {
            throw problem(null, "scored must be true or false");
        }
        List<Step> steps = steps(map);
        Script script = new Script(id, commandNl, commandEn, texts(map, "title", null), description,
                account.equals("optional"), (Boolean) scored,
                map.containsKey("intro") ? texts(map, "intro", null) : new Texts("", ""), steps, texts(map, "summary", null));
        if (script.scored() && script.maxScore() == 0) {
            throw problem(null, "scored, but has no yes-partly-no or yes-no step to score");
        }
        checkReferences(script);
        return script;
    }

    private List<Step> steps(Map<?, ?> map) {
        if (!(map.get("steps") instanceof List<?> list) || list.isEmpty()) {
            throw problem(null, "steps must be a non-empty list");
        }
        List<Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean accountAsked = false;
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> raw)) {
                throw problem(null, "each step must be a mapping");
            }
            Step step = step(raw, accountAsked);
            if (!ids.add(step.id())) {
                throw problem(step.id(), "the id is used twice");
            }
            if (step.answer() == AnswerType.ACCOUNT && accountAsked) {
                throw problem(step.id(), "a script asks for the account once");
            }
            accountAsked |= step.answer() == AnswerType.ACCOUNT;
            steps.add(step);
        }
        for (Step step : steps) {
            for (Map.Entry<String, String> jump : step.next().entrySet()) {
                if (!jump.getValue().equals("end") && !ids.contains(jump.getValue())) {
                    throw problem(step.id(), "next '" + jump.getKey() + "' goes to '" + jump.getValue() + "', which is no step");
                }
            }
        }
        return steps;
    }

    private Step step(Map<?, ?> raw, boolean accountAsked) {
        String id = string(raw, "id", null, "[a-z0-9][a-z0-9-]{0,23}");
        String type = string(raw, "answer", id, "[a-z-]+");
        AnswerType answer;
        try {
            answer = AnswerType.valueOf(type.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw problem(id, "answer '" + type + "' is not one of yes-partly-no, yes-no, scale, choice, text, date, number, "
                    + "name, note, account, checklist");
        }
        List<Choice> options = answer == AnswerType.CHOICE ? options(raw, id) : List.of();
        List<Item> items = answer == AnswerType.CHECKLIST ? items(raw, id, accountAsked) : List.of();
        if (answer != AnswerType.CHECKLIST && raw.get("items") != null) {
            throw problem(id, "items belong to a checklist question");
        }
        Set<String> values = new LinkedHashSet<>(answer == AnswerType.CHOICE
                ? options.stream().map(Choice::id).toList() : answer.buttonValues());
        values.add("any");
        Map<String, Texts> coach = new LinkedHashMap<>();
        if (raw.get("coach") != null) {
            for (Map.Entry<?, ?> entry : map(raw, "coach", id).entrySet()) {
                String value = value(entry.getKey());
                requireValue(values, value, id, "coach");
                coach.put(value, texts(entry.getValue(), id, "coach." + value));
            }
        }
        Map<String, String> next = new LinkedHashMap<>();
        if (raw.get("next") != null) {
            for (Map.Entry<?, ?> entry : map(raw, "next", id).entrySet()) {
                String value = value(entry.getKey());
                requireValue(values, value, id, "next");
                next.put(value, String.valueOf(entry.getValue()));
            }
        }
        String record = raw.get("record") == null ? null : String.valueOf(raw.get("record"));
        if (record != null && !ContactFacts.isRecordable(record)) {
            throw problem(id, "record '" + record + "' is no contact fact (birthday, family, hobbies, sport, car, coffee, "
                    + "behaviour, workplace, notes)");
        }
        if (answer == AnswerType.CHECKLIST && !next.isEmpty()) {
            throw problem(id, "a checklist goes on to the next step: it has no next");
        }
        Texts share = raw.get("share") == null ? null : texts(raw, "share", id);
        return new Step(id, texts(raw, "ask", id), answer, options, coach, offer(raw, id, values, answer), next, record,
                items, share);
    }

    /** A checklist's points: 1 to {@value Checklist#SCRIPT_ITEMS}, each with an id and a label, ticked unless said. */
    private List<Item> items(Map<?, ?> raw, String step, boolean accountAsked) {
        if (!(raw.get("items") instanceof List<?> list) || list.isEmpty() || list.size() > Checklist.SCRIPT_ITEMS) {
            throw problem(step, "a checklist needs 1 to " + Checklist.SCRIPT_ITEMS + " items");
        }
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> item)) {
                throw problem(step, "each item needs an id and a label");
            }
            String id = string(item, "id", step, "[a-z0-9][a-z0-9-]{0,19}");
            if (!ids.add(id)) {
                throw problem(step, "item '" + id + "' is used twice");
            }
            Object ticked = item.containsKey("ticked") ? item.get("ticked") : Boolean.TRUE;
            if (!(ticked instanceof Boolean)) {
                throw problem(step, "item '" + id + "': ticked must be true or false");
            }
            Object each = item.get("each");
            if (each != null && !"person".equals(each)) {
                throw problem(step, "item '" + id + "': each must be 'person'");
            }
            Texts label = texts(item, "label", step);
            boolean perPerson = each != null;
            if (perPerson && !accountAsked) {
                throw problem(step, "item '" + id + "' is there for each person of the account, but no account question comes before it");
            }
            if (perPerson != (label.nl().contains(Checklist.PERSON) && label.en().contains(Checklist.PERSON))) {
                throw problem(step, "item '" + id + "': " + (perPerson ? "a label for each person names " + Checklist.PERSON
                        : Checklist.PERSON + " is only for an item with each: person") + " (nl and en)");
            }
            Texts noPeople = perPerson ? texts(item, "no-people", step) : null;
            items.add(new Item(id, label, (Boolean) ticked, perPerson, noPeople));
        }
        return items;
    }

    private List<Choice> options(Map<?, ?> raw, String step) {
        if (!(raw.get("options") instanceof List<?> list) || list.size() < 2 || list.size() > 6) {
            throw problem(step, "a choice needs 2 to 6 options");
        }
        List<Choice> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> option)) {
                throw problem(step, "each option needs an id and a label");
            }
            String id = string(option, "id", step, "[a-z0-9][a-z0-9-]{0,19}");
            if (!ids.add(id)) {
                throw problem(step, "option '" + id + "' is used twice");
            }
            options.add(new Choice(id, texts(option, "label", step)));
        }
        return options;
    }

    private Offer offer(Map<?, ?> raw, String step, Set<String> values, AnswerType answer) {
        if (raw.get("offer") == null) {
            return null;
        }
        Map<?, ?> offer = map(raw, "offer", step);
        if (!(offer.get("when") instanceof List<?> when) || when.isEmpty()) {
            throw problem(step, "offer.when must list the answers that trigger it");
        }
        Set<String> triggers = new LinkedHashSet<>();
        for (Object value : when) {
            requireValue(values, value(value), step, "offer.when");
            triggers.add(value(value));
        }
        String action = string(offer, "action", step, "[a-z-]+");
        if (!action.equals("follow-up") && !action.equals(Script.CALL_TASK)) {
            throw problem(step, "offer.action '" + action + "' is unknown (follow-up or call-task)");
        }
        if (action.equals(Script.CALL_TASK) && answer != AnswerType.DATE) {
            throw problem(step, "offer.action call-task needs a date question: the task is due on the day answered");
        }
        return new Offer(triggers, action, texts(offer, "label", step), texts(offer, "task", step));
    }

    /**
     * {@code {answer:x}} may only name a step asked before the text (any step, in the summary); a step's shared message
     * may name the step itself too.
     */
    private void checkReferences(Script script) {
        Set<String> before = new HashSet<>();
        for (Step step : script.steps()) {
            checkReferences(step.ask(), before, step.id());
            for (Item item : step.items()) {
                checkReferences(item.label(), before, step.id());
            }
            before.add(step.id());
            for (Texts coaching : step.coach().values()) {
                checkReferences(coaching, before, step.id());
            }
            if (step.share() != null) {
                checkReferences(step.share(), before, step.id());
            }
        }
        checkReferences(script.summary(), before, "summary");
    }

    private void checkReferences(Texts texts, Set<String> known, String where) {
        for (String text : List.of(texts.nl(), texts.en())) {
            Matcher m = ANSWER_REFERENCE.matcher(text);
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    throw problem(where.equals("summary") ? null : where,
                            "{answer:" + m.group(1) + "} names no step asked before" + (where.equals("summary") ? " the summary" : ""));
                }
            }
        }
    }

    /** YAML 1.1 reads a bare yes or no as a boolean; in a script they are answers. */
    private static String value(Object key) {
        if (key instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return String.valueOf(key);
    }

    private void requireValue(Set<String> values, String value, String step, String where) {
        if (!values.contains(value)) {
            throw problem(step, where + " names the answer '" + value + "', but this step's answers are " + values);
        }
    }

    private Texts texts(Map<?, ?> map, String key, String step) {
        return texts(map.get(key), step, key);
    }

    private Texts texts(Object raw, String step, String what) {
        if (!(raw instanceof Map<?, ?> texts)) {
            throw problem(step, what + " must have an nl and an en text");
        }
        Object nl = texts.get("nl");
        Object en = texts.get("en");
        if (!(nl instanceof String dutch) || dutch.isBlank() || !(en instanceof String english) || english.isBlank()) {
            throw problem(step, what + " must have an nl and an en text, both not empty");
        }
        return new Texts(dutch.strip(), english.strip());
    }

    private Map<?, ?> map(Map<?, ?> map, String key, String step) {
        if (!(map.get(key) instanceof Map<?, ?> value)) {
            throw problem(step, key + " is missing or not a mapping");
        }
        return value;
    }

    private String string(Map<?, ?> map, String key, String step, String pattern) {
        Object value = map.get(key);
        if (value == null) {
            throw problem(step, key + " is missing");
        }
        String text = String.valueOf(value);
        if (!text.matches(pattern)) {
            throw problem(step, key + " '" + text + "' must match " + pattern);
        }
        return text;
    }

    private InvalidScriptException problem(String step, String problem) {
        return new InvalidScriptException(file, step, problem);
    }
}
