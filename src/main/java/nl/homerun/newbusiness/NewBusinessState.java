package nl.homerun.newbusiness;

import java.util.Map;

import nl.homerun.coach.Conversation;

/**
 * What the tournament's conversation waits for, read from its {@link Conversation}'s stored state and written back
 * here and nowhere else. There is one step: the suspects are being listed (typed, pasted or sent as a file) for the
 * tournament {@code tournamentId}; the list itself is kept in the tournament, so nothing is lost when the conversation
 * closes.
 */
record NewBusinessState(Step step, String tournamentId) {

    enum Step {
        LIST("list");

        final String id;

        Step(String id) {
            this.id = id;
        }

        static Step of(String id) {
            for (Step step : values()) {
                if (step.id.equals(id)) {
                    return step;
                }
            }
            throw new IllegalArgumentException("Not a step of the tournament's conversation: " + id);
        }
    }

    private static final String TOURNAMENT = "tournament";

    static NewBusinessState listing(String tournamentId) {
        return new NewBusinessState(Step.LIST, tournamentId);
    }

    static NewBusinessState of(Conversation conversation) {
        return new NewBusinessState(Step.of(conversation.step()), (String) conversation.state().get(TOURNAMENT));
    }

    /** The form the conversation store keeps. */
    Map<String, Object> toMap() {
        return Map.of(TOURNAMENT, tournamentId);
    }
}
