package nl.homerun.dialogs;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One time a user went through a script: the answers by step id, in the order asked, and the score of a scored script. */
record DialogRun(String id, long owner, String script, String account, boolean finished, Instant startedAt,
        Instant endedAt, Map<String, String> answers, double score) {

    DialogRun {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
