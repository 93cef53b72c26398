package nl.homerun.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.bson.types.ObjectId;

/**
 * An id derived from what it names: the same thing stored twice (handled again after a crash, or at the same moment
 * elsewhere) gets the same id, and the unique {@code _id} refuses the second. The first 12 bytes of the name's
 * SHA-256, so it reads and sorts like any other {@link ObjectId}.
 */
public final class DerivedId {

    private DerivedId() {
    }

    public static ObjectId of(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return new ObjectId(Arrays.copyOf(hash, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
