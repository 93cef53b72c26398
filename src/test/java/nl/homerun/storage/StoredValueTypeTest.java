package nl.homerun.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/**
 * Every kind of value the embedded server stores is read back as it was written, of the same Java type; and keys are
 * told apart exactly as when they were compared as serialised Java objects.
 */
class StoredValueTypeTest {

    private static final StoredValueType TYPE = StoredValueType.INSTANCE;

    private static List<Object> allKinds() {
        List<Object> values = new ArrayList<>(Arrays.asList(
                null, Missing.getInstance(), MinKey.getInstance(), MaxKey.getInstance(), true, false,
                0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE,
                0.0, -0.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
                Decimal128.ONE, Decimal128.NaN, Decimal128.NEGATIVE_ZERO, Decimal128.POSITIVE_INFINITY,
                new Decimal128(new java.math.BigDecimal("1.00")), new Decimal128(new java.math.BigDecimal("-12.345")),
                "", "plain", "één café — 'naïef' \u00e9\u0301 \uD83D\uDE00 日本", "x".repeat(5000),
                Instant.ofEpochMilli(1_764_000_000_123L), Instant.ofEpochSecond(1_764_000_000L, 123_456_789),
                Instant.ofEpochMilli(-86_400_000L), new ObjectId("5f1d7a3e9c1b2a0012345678"),
                new BinData(new byte[0]), new BinData(new byte[] {0, 1, -1, 127, -128}),
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                new LegacyUUID(UUID.fromString("00000000-0000-0001-0000-000000000002")),
                new BsonTimestamp(Instant.ofEpochSecond(1_764_000_000L), 7), new BsonRegularExpression("^a.*b$", "i"),
                new BsonRegularExpression("x"), new BsonJavaScript("function() { return 1; }"),
                new KeyValue(1.0, "owner"), new KeyValue((Object) null), new KeyValue(Missing.getInstance()),
                1.5f, (short) 3, new java.math.BigDecimal("2.5"))); // not from the wire: kept serialised
        values.add(new ArrayList<>(List.of(1, 2L, "three", new Document("four", 4.0))));
        values.add(new ArrayList<>());
        values.add(new LinkedHashSet<>(List.of("b", "a")));
        values.add(new Document());
        values.add(new Document("_id", new ObjectId("5f1d7a3e9c1b2a0012345679")).append("owner", 42L)
                .append("text", "Bezoek bij Jansen").append("at", Instant.ofEpochMilli(1_764_000_000_000L))
                .append("count", 3).append("none", null)
                .append("nested", new Document("deeper", new Document("list", new ArrayList<>(Arrays.asList(
                        new Document("a", 1), null, new ArrayList<>(List.of(1, 2)), Double.NaN)))))
                .append("bytes", new BinData(new byte[] {9, 8, 7})).append("amount", Decimal128.TWO));
        return values;
    }

    @Test
    void everyKindIsReadBackEqualAndOfTheSameType() {
        for (Object value : allKinds()) {
            Object read = roundTrip(value);
            assertSame(value, read);
        }
    }

    @Test
    void aDocumentKeepsTheOrderOfItsFields() {
        Document document = new Document("z", 1).append("a", 2).append("m", 3);
        assertThat(((Document) roundTrip(document)).keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void keysAreOneKeyExactlyWhenTheyWereOneSerialised() {
        List<Object> values = allKinds();
        values.add(new Document("a", 1).append("b", 2));
        values.add(new Document("b", 2).append("a", 1));
        values.add(new KeyValue(1.0, null));
        values.add(new KeyValue(1.0, Missing.getInstance()));
        for (Object a : values) {
            for (Object b : values) {
                int cmp = TYPE.compare(a, b);
                int back = TYPE.compare(b, a);
                assertThat(Integer.signum(cmp)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(back));
                boolean sameSerialised = Arrays.equals(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
                if (!(a instanceof Missing)) { // Missing is one value, whichever instance
                    assertThat(cmp == 0).as("%s == %s", a, b).isEqualTo(sameSerialised);
                }
                assertThat(TYPE.compare(roundTrip(a), roundTrip(b))).isEqualTo(cmp);
            }
        }
        for (Object a : values) {
            for (Object b : values) {
                for (Object c : values) {
                    if (TYPE.compare(a, b) <= 0 && TYPE.compare(b, c) <= 0) {
                        assertThat(TYPE.compare(a, c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
    }

    @Test
    void numbersAndStringsAndIdsKeepTheirNaturalOrder() {
        assertThat(TYPE.compare(2, 10)).isNegative();
        assertThat(TYPE.compare(-5L, 3L)).isNegative();
        assertThat(TYPE.compare("abc", "abd")).isNegative();
        assertThat(TYPE.compare(new ObjectId("000000000000000000000001"), new ObjectId("100000000000000000000000")))
                .isNegative();
        assertThat(TYPE.compare(Instant.ofEpochMilli(1), Instant.ofEpochMilli(2))).isNegative();
        assertThat(TYPE.compare(1, 1L)).as("an int and a long are two keys, as before").isNotZero();
    }

    @Test
    void anIndexMapFindsItsKeysAndSurvivesTheFile() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("stored-values");
        String file = dir.resolve("t.mv.db").toString();
        try {
            MVStore store = new MVStore.Builder().fileName(file).open();
            MVMap<Object, Object> index = StoredMaps.open(store, "db.notes._index_owner_1");
            for (int i = 0; i < 2000; i++) {
                index.put(new KeyValue((double) (i % 1000), "owner" + i), i);
            }
            store.close();
            store = new MVStore.Builder().fileName(file).open();
            index = StoredMaps.open(store, "db.notes._index_owner_1");
            assertThat(index.size()).isEqualTo(2000);
            for (int i = 0; i < 2000; i++) {
                assertThat(index.get(new KeyValue((double) (i % 1000), "owner" + i))).isEqualTo(i);
            }
            assertThat(index.get(new KeyValue(1.0, "owner2"))).isNull();
            store.close();
        } finally {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Object roundTrip(Object value) {
        WriteBuffer buffer = new WriteBuffer();
        TYPE.write(buffer, value);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        Object read = TYPE.read(bytes);
        assertThat(bytes.remaining()).as("bytes left after %s", value).isZero();
        return read;
    }

    /** Equal, and of the same class all the way down (an Integer stays an Integer, a NaN a NaN). */
    private static void assertSame(Object expected, Object actual) {
        if (expected == null) {
            assertThat(actual).isNull();
            return;
        }
        assertThat(actual).isNotNull();
        if (expected instanceof List<?> || expected instanceof java.util.Set<?>) {
            assertThat(actual).isInstanceOf(expected instanceof List<?> ? List.class : java.util.Set.class);
            List<?> e = new ArrayList<>((Collection<?>) expected);
            List<?> a = new ArrayList<>((Collection<?>) actual);
            assertThat(a).hasSameSizeAs(e);
            for (int i = 0; i < e.size(); i++) {
                assertSame(e.get(i), a.get(i));
            }
            return;
        }
        assertThat(actual.getClass()).isEqualTo(expected.getClass());
        if (expected instanceof Document document) {
            Document read = (Document) actual;
            assertThat(new ArrayList<>(read.keySet())).isEqualTo(new ArrayList<>(document.keySet()));
            for (Map.Entry<String, Object> entry : document.entrySet()) {
                assertSame(entry.getValue(), read.get(entry.getKey()));
            }
        } else if (expected instanceof KeyValue key) {
            KeyValue read = (KeyValue) actual;
            assertThat(read.size()).isEqualTo(key.size());
            for (int i = 0; i < key.size(); i++) {
                assertSame(key.get(i), read.get(i));
            }
        } else if (expected instanceof BsonRegularExpression regex) {
            assertThat(((BsonRegularExpression) actual).getPattern()).isEqualTo(regex.getPattern());
            assertThat(((BsonRegularExpression) actual).getOptions()).isEqualTo(regex.getOptions());
        } else if (expected instanceof Double d) {
            assertThat(Double.doubleToRawLongBits((Double) actual)).isEqualTo(Double.doubleToRawLongBits(d));
        } else if (!(expected instanceof Missing) && !(expected instanceof MinKey) && !(expected instanceof MaxKey)) {
            assertThat(actual).isEqualTo(expected);
        }
    }
}
