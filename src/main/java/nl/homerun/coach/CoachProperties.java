package nl.homerun.coach;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param conversationTimeout how long a conversation may wait for the user before it is closed
 *                            ({@code HOMERUN_CONVERSATION_TIMEOUT}, ISO-8601 such as PT12H)
 * @param maxMessageLength    the longest message the coach reads; longer ones are answered with a request to split
 */
@ConfigurationProperties("homerun")
public record CoachProperties(@DefaultValue("PT12H") Duration conversationTimeout,
        @DefaultValue("4096") int maxMessageLength) {
}
