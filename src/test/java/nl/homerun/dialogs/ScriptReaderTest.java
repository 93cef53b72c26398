package nl.homerun.dialogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken script is refused with the file, the step and what is wrong. */
class ScriptReaderTest {

    private static final String GOOD = """
            id: demo
            commands: {nl: demo, en: demo}
            title: {nl: Demo, en: Demo}
            description: {nl: een demo, en: a demo}
            scored: true
            steps:
              - id: first
                ask: {nl: "Eerste?", en: "First?"}
                answer: yes-no
                coach:
                  yes: {nl: Goed, en: Good}
                  no: {nl: Jammer, en: Pity}
                next:
                  no: last
              - id: middle
                ask: {nl: "Wanneer, {answer:first}?", en: "When, {answer:first}?"}
                answer: date
              - id: last
                ask: {nl: Kies, en: Choose}
                answer: choice
                options:
                  - {id: a, label: {nl: A, en: A}}
                  - {id: b, label: {nl: B, en: B}}
            summary: {nl: "Score {score}/{max}", en: "Score {score}/{max}"}
            """;

    @Test
    void aGoodScriptIsReadWithBareYesAndNoAsAnswers() throws Exception {
        Script script = read(GOOD);
        assertThat(script.steps()).extracting(Script.Step::id).containsExactly("first", "middle", "last");
        assertThat(script.step("first").coach()).containsKeys("yes", "no");
        assertThat(script.after(script.step("first"), "no").id()).isEqualTo("last");
        assertThat(script.after(script.step("first"), "yes").id()).isEqualTo("middle");
        assertThat(script.after(script.step("last"), "a")).isNull();
        assertThat(script.maxScore()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            'answer: yes-no\\n    coach:'             | 'answer: maybe\\n    coach:'        | step 'first': answer 'maybe' is not one of
            '  - id: middle'                           | '  - id: first'                   | step 'first': the id is used twice
            '  no: last'                               | '  no: nowhere'                   | step 'first': next 'no' goes to 'nowhere', which is no step
            '  yes: {nl: Goed, en: Good}'              | '  partly: {nl: Goed, en: Good}'  | step 'first': coach names the answer 'partly', but this step's answers are
            '  - {id: b, label: {nl: B, en: B}}'       | ''                                | step 'last': a choice needs 2 to 6 options
            'en: "First?"'                             | 'en: ""'                          | step 'first': ask must have an nl and an en text, both not empty
            '{answer:first}?", en'                     | '{answer:last}?", en'             | step 'middle': {answer:last} names no step asked before
            'id: demo'                                 | 'id: other'                       | id 'other' must equal the file name 'demo'
            '    answer: date'                         | '    answer: date\n    record: shoes' | step 'middle': record 'shoes' is no contact fact
            'commands: {nl: demo, en: demo}'           | 'commands: {nl: Demo!, en: demo}' | nl 'Demo!' must match
            '    answer: choice'                       | '    answer: choice\\n    offer: {when: [a], action: call-task, label: {nl: T, en: T}, task: {nl: T, en: T}}' | step 'last': offer.action call-task needs a date question
            '    answer: choice'                       | '    answer: choice\\n    offer: {when: [a], action: mail, label: {nl: T, en: T}, task: {nl: T, en: T}}' | step 'last': offer.action 'mail' is unknown
            """)
    void eachRuleNamesTheFileTheStepAndTheProblem(String good, String broken, String message) {
        String yaml = GOOD.replace(good.replace("\\n", "\n"), broken.replace("\\n", "\n"));
        assertThat(yaml).as("the test's replacement applies").isNotEqualTo(GOOD);
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(InvalidScriptException.class)
                .hasMessageStartingWith("Conversation script conversations/demo.yaml")
                .hasMessageContaining(message);
    }

    @Test
    void theTaskForACallIsOfferedOnADateQuestionForAnyAnswer() throws Exception {
        Script script = read(GOOD.replace("    answer: date\n", "    answer: date\n    offer: {when: [any], action: call-task, "
                + "label: {nl: Taak, en: Task}, task: {nl: \"Bellen over {answer:first}\", en: \"Call about {answer:first}\"}}\n"));
        assertThat(script.step("middle").offer().action()).isEqualTo(Script.CALL_TASK);
        assertThat(script.step("middle").offer().when()).containsExactly("any");
    }

    /** An account question, a checklist with a point for each person of the account, and an agenda shared after it. */
    private static final String CHECKLIST = """
            id: demo
            commands: {nl: demo, en: demo}
            title: {nl: Demo, en: Demo}
            description: {nl: een demo, en: a demo}
            account: optional
            steps:
              - id: company
                ask: {nl: "Welke account?", en: "Which account?"}
                answer: account
              - id: goals
                ask: {nl: "Wat bespreek je met {answer:company}?", en: "What will you discuss with {answer:company}?"}
                answer: checklist
                items:
                  - {id: value, label: {nl: Waarde, en: Value}}
                  - id: per-person
                    each: person
                    label: {nl: "Waarde voor {person}", en: "Value for {person}"}
                    no-people: {nl: Waarde voor het team, en: Value for the team}
                  - {id: later, ticked: false, label: {nl: Later, en: Later}}
                coach:
                  any: {nl: "Goed.", en: "Good."}
                share: {nl: "Agenda {answer:company}: {answer:goals}", en: "Agenda {answer:company}: {answer:goals}"}
            summary: {nl: "Klaar", en: "Done"}
            """;

    @Test
    void aChecklistIsReadWithItsItemsAndItsSharedMessage() throws Exception {
        Script script = read(CHECKLIST);
        Script.Step goals = script.step("goals");
        assertThat(goals.answer()).isEqualTo(Script.AnswerType.CHECKLIST);
        assertThat(goals.items()).extracting(Script.Item::id, Script.Item::ticked, Script.Item::eachPerson)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("value", true, false),
                        org.assertj.core.groups.Tuple.tuple("per-person", true, true),
                        org.assertj.core.groups.Tuple.tuple("later", false, false));
        assertThat(goals.share().en()).isEqualTo("Agenda {answer:company}: {answer:goals}");
        assertThat(script.accountStep().map(Script.Step::id)).contains("company");
        assertThat(script.step("company").answer().isLookedUp()).isTrue();
        assertThat(script.after(goals, "+value\t\t")).isNull();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            '    answer: account'                       | '    answer: text'                                 | step 'goals': item 'per-person' is there for each person of the account, but no account question comes before it
            '    each: person'                          | '    each: company'                                | step 'goals': item 'per-person': each must be 'person'
            '"Waarde voor {person}"'                    | '"Waarde voor iedereen"'                         | step 'goals': item 'per-person': a label for each person names {person}
            '{id: later, ticked: false,'               | '{id: later, ticked: nee,'                        | step 'goals': item 'later': ticked must be true or false
            '{id: later, ticked: false, label: {nl: Later,' | '{id: value, ticked: false, label: {nl: Later,' | step 'goals': item 'value' is used twice
            '      - {id: value, label: {nl: Waarde, en: Value}}' | '      - {id: value, label: {nl: "Waarde {person}", en: "Value {person}"}}' | step 'goals': item 'value': {person} is only for an item with each: person
            '    no-people: {nl: Waarde voor het team, en: Value for the team}' | '' | step 'goals': no-people must have an nl and an en text
            '    share: {nl: "Agenda'                   | '    next: {any: end}\\n    share: {nl: "Agenda' | step 'goals': a checklist goes on to the next step: it has no next
            '    answer: account'                       | '    answer: account\\n    items: [{id: x, label: {nl: X, en: X}}]' | step 'company': items belong to a checklist question
            '{answer:company}: {answer:goals}", en'    | '{answer:company}: {answer:nothing}", en'         | step 'goals': {answer:nothing} names no step asked before
            '  - id: goals'                             | '  - id: again\\n    ask: {nl: A, en: A}\\n    answer: account\\n  - id: goals' | step 'again': a script asks for the account once
            """)
    void aChecklistsRulesNameTheStepAndTheProblem(String good, String broken, String message) {
        String yaml = CHECKLIST.replace(good.replace("\\n", "\n"), broken.replace("\\n", "\n"));
        assertThat(yaml).as("the test's replacement applies").isNotEqualTo(CHECKLIST);
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(InvalidScriptException.class)
                .hasMessageStartingWith("Conversation script conversations/demo.yaml")
                .hasMessageContaining(message);
    }

    @Test
    void aChecklistNeedsItems() {
        String yaml = CHECKLIST.replaceAll("(?s)    items:.*?    coach:", "    coach:");
        assertThatThrownBy(() -> read(yaml)).hasMessageContaining("step 'goals': a checklist needs 1 to 12 items");
    }

    @Test
    void notYamlAtAllIsNamedToo() {
        assertThatThrownBy(() -> read("id: [unclosed")).hasMessageContaining("conversations/demo.yaml: not valid YAML");
    }

    @Test
    void aScoredScriptWithoutAScoredStepIsRefused() {
        String yaml = GOOD.replace("answer: yes-no", "answer: text").replace("  yes: {nl: Goed, en: Good}\n", "  any: {nl: Goed, en: Good}\n")
                .replace("      no: {nl: Jammer, en: Pity}\n", "").replace("    next:\n      no: last\n", "");
        assertThatThrownBy(() -> read(yaml)).hasMessageContaining("scored, but has no yes-partly-no or yes-no step");
    }

    @Test
    void theShippedScriptsAreAllValid() {
        ScriptLibrary library = new ScriptLibrary();
        assertThat(library.all()).extracting(Script::id)
                .containsExactlyInAnyOrder("account-meeting", "aftercare", "challenge", "checklist", "presentation", "training");
    }

    @Test
    void aBrokenScriptOnTheClassPathStopsTheLibrary() {
        assertThatThrownBy(() -> new ScriptLibrary("classpath*:broken/*.yaml"))
                .hasMessageContaining("conversations/typo.yaml, step 'second': next 'yes' goes to 'thrid', which is no step");
    }

    private static Script read(String yaml) throws Exception {
        return ScriptReader.read("conversations/demo.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
