package nl.homerun.dialogs;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One time a user went through a script: the answers by step id, in the order asked, the score of a scored script,
 * and the contact it is about ({@code contactId}, null when none was chosen).
 */
record DialogRun(String id, long owner, String script, String account, boolean finished, Instant startedAt,
        Instant endedAt, Map<String, String> answers, double score, String contactId) {

    DialogRun {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
