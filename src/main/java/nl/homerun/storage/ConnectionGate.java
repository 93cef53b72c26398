package nl.homerun.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

import com.mongodb.MongoCredential;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/**
 * Serves a connection to the embedded server only once it has shown the secret of this process, which the application's
 * own client alone holds: any other process on the machine that connects to the loopback port is refused. The secret is
 * random per process and never leaves it; the client sends it as a SASL PLAIN credential ({@link #credential()}), which
 * the driver keeps out of its logs and settings, and which the embedded server (which knows no authentication) checks
 * here. Before that, a connection may only say hello (the driver's handshake and its monitor, which never
 * authenticates); whatever else it asks is refused and the connection closed.
 */
final class ConnectionGate {

    static final String USER = "homerun";
    private static final String SOURCE = "$external";
    private static final Set<String> HANDSHAKE = Set.of("hello", "isMaster", "ismaster");
    private static final AttributeKey<Boolean> TRUSTED = AttributeKey.valueOf("homerun.embedded.trusted");
    private static final int UNAUTHORIZED = 13;
    private static final int AUTHENTICATION_FAILED = 18;

    private final byte[] secret;

    ConnectionGate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random).getBytes(StandardCharsets.UTF_8);
    }

    /** What the application's client authenticates with. */
    MongoCredential credential() {
        return MongoCredential.createPlainCredential(USER, SOURCE, new String(secret, StandardCharsets.UTF_8).toCharArray());
    }

    /**
     * Null when the command may run on this connection; otherwise the answer to give instead: the end of a
     * successful authentication, or a refusal, after which the connection is closed.
     */
    Document answer(Channel channel, String command, Document body) {
        if (Boolean.TRUE.equals(channel.attr(TRUSTED).get()) || HANDSHAKE.contains(command)) {
            return null;
        }
        if ("saslStart".equals(command) && "PLAIN".equals(body.get("mechanism"))
                && body.get("payload") instanceof BinData payload && holdsTheSecret(payload.getData())) {
            channel.attr(TRUSTED).set(Boolean.TRUE);
            Document done = new Document("conversationId", 1);
            done.put("done", Boolean.TRUE);
            done.put("payload", new BinData(new byte[0]));
            done.put("ok", 1.0);
            return done;
        }
        closeSoon(channel);
        return refusal(command != null && command.startsWith("sasl"));
    }

    /** The answer to a connection that has not shown the secret, or has shown a wrong one while authenticating. */
    static Document refusal(boolean authenticating) {
        Document refused = new Document("ok", 0.0);
        refused.put("errmsg", authenticating ? "Authentication failed." : "Not authorized: this server serves Homerun alone.");
        refused.put("code", authenticating ? AUTHENTICATION_FAILED : UNAUTHORIZED);
        refused.put("codeName", authenticating ? "AuthenticationFailed" : "Unauthorized");
        return refused;
    }

    /** Whether this connection has authenticated, for requests that carry no command name (legacy queries). */
    boolean isTrusted(Channel channel) {
        if (Boolean.TRUE.equals(channel.attr(TRUSTED).get())) {
            return true;
        }
        closeSoon(channel);
        return false;
    }

    /** PLAIN: {@code [authzid] NUL authcid NUL password}; the user must be ours and the password this process's secret. */
    private boolean holdsTheSecret(byte[] payload) {
        int first = indexOf(payload, 0);
        int second = first < 0 ? -1 : indexOf(payload, first + 1);
        if (second < 0) {
            return false;
        }
        byte[] user = Arrays.copyOfRange(payload, first + 1, second);
        byte[] password = Arrays.copyOfRange(payload, second + 1, payload.length);
        return Arrays.equals(user, USER.getBytes(StandardCharsets.UTF_8)) && MessageDigest.isEqual(password, secret);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** After the refusal has been written: the close is queued behind it on the connection's event loop. */
    private static void closeSoon(Channel channel) {
        channel.eventLoop().execute(channel::close);
    }
}
