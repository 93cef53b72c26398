package nl.homerun.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.MongoException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.Document;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The embedded server answers Homerun's own client alone: another client on the same loopback port, without the
 * secret of this process or with a guessed one, can neither list the collections nor read a document; the
 * application's client can, on the file store as in memory. The secret appears in no log line, not even with the
 * driver and the server logging everything (as here, without Spring's logging settings). The legacy wire protocol
 * (OP_QUERY), which the server handles apart, reads nothing either; only its {@code ping} is answered to anyone, which
 * tells no more than the open port does.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedServerAccessTest {

    @Test
    void onTheFileStoreOnlyTheApplicationsClientIsServed(@TempDir Path data, CapturedOutput output) {
        EmbeddedMongo embedded = EmbeddedMongo.inFile(data);
        try {
            onlyTheApplicationsClientIsServed(embedded, output);
        } finally {
            embedded.close();
        }
    }

    @Test
    void inMemoryOnlyTheApplicationsClientIsServed(CapturedOutput output) {
        EmbeddedMongo embedded = EmbeddedMongo.inMemory();
        try {
            onlyTheApplicationsClientIsServed(embedded, output);
        } finally {
            embedded.close();
        }
    }

    private static void onlyTheApplicationsClientIsServed(EmbeddedMongo embedded, CapturedOutput output) {
        try (MongoClient application = embedded.connect()) {
            application.getDatabase("homerun").getCollection("notes")
                    .insertOne(new Document("owner", 1L).append("text", "only for Homerun"));

            try (MongoClient stranger = stranger(embedded.connectionString(), null)) {
                assertThatThrownBy(() -> stranger.getDatabase("homerun").listCollectionNames().into(new ArrayList<>()))
                        .isInstanceOf(MongoException.class);
                assertThatThrownBy(() -> stranger.getDatabase("homerun").getCollection("notes").find().first())
                        .isInstanceOf(MongoException.class);
                assertThatThrownBy(() -> stranger.getDatabase("admin").runCommand(new Document("listDatabases", 1)))
                        .isInstanceOf(MongoException.class);
            }
            MongoCredential guessed = MongoCredential.createPlainCredential(ConnectionGate.USER, "$external",
                    "not-the-secret".toCharArray());
            try (MongoClient guessing = stranger(embedded.connectionString(), guessed)) {
                assertThatThrownBy(() -> guessing.getDatabase("homerun").getCollection("notes").find().first())
                        .isInstanceOf(MongoException.class);
            }

            assertThat(overTheLegacyProtocol(embedded.connectionString(), "homerun.notes", new BsonDocument()))
                    .doesNotContain("only for Homerun");
            assertThat(overTheLegacyProtocol(embedded.connectionString(), "admin.$cmd",
                    new BsonDocument("serverStatus", new BsonInt32(1))))
                    .contains("Unauthorized").doesNotContain("uptime").doesNotContain("connections");

            assertThat(application.getDatabase("homerun").listCollectionNames().into(new ArrayList<>())).contains("notes");
            assertThat(application.getDatabase("homerun").getCollection("notes").find().first().getString("text"))
                    .isEqualTo("only for Homerun");
        }
        String secret = new String(embedded.credential().getPassword());
        assertThat(secret).hasSizeGreaterThan(40);
        assertThat(output.getAll()).contains("Embedded MongoDB").doesNotContain(secret);
    }

    /**
     * Sends one query the way drivers did before MongoDB 3.6 (OP_QUERY), which the server handles apart from the
     * modern commands, and returns what came back until the server closed the connection, as text.
     */
    private static String overTheLegacyProtocol(String connectionString, String collection, BsonDocument query) {
        ServerAddress address = new ConnectionString(connectionString).getHosts().stream().findFirst()
                .map(ServerAddress::new).orElseThrow();
        byte[] name = collection.getBytes(StandardCharsets.UTF_8);
        BasicOutputBuffer encoded = new BasicOutputBuffer();
        new BsonDocumentCodec().encode(new BsonBinaryWriter(encoded), query, EncoderContext.builder().build());
        byte[] body = encoded.toByteArray();
        ByteBuffer buffer = ByteBuffer.allocate(16 + 4 + name.length + 1 + 8 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(buffer.capacity()).putInt(1).putInt(0).putInt(2004)
                .putInt(0).put(name).put((byte) 0).putInt(0).putInt(-1).put(body);
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(3000);
            socket.getOutputStream().write(buffer.array());
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            try {
                for (int read; (read = socket.getInputStream().read(chunk)) > 0; ) {
                    reply.write(chunk, 0, read);
                }
            } catch (SocketTimeoutException stillOpen) {
                // what came so far is the answer
            }
            return reply.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client that gives up soon: a refusal must come as an error or a closed connection, not as a wait. */
    private static MongoClient stranger(String connectionString, MongoCredential credential) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .retryReads(false)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(3, TimeUnit.SECONDS).readTimeout(3, TimeUnit.SECONDS));
        if (credential != null) {
            settings.credential(credential);
        }
        return MongoClients.create(settings.build());
    }
}
