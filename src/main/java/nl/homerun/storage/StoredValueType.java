package nl.homerun.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded server's documents, their ids and its index keys are kept in H2's pages: a compact binary form much
 * like BSON, tag by tag, instead of H2's default, which stores anything that is not a plain Java value as a serialised
 * Java object. Java serialisation took about a quarter of the processor time of a note, for two reasons: every page
 * written or read serialised each document in it, and mongo-java-server's index keys ({@link KeyValue}) are not
 * {@code Comparable}, so H2 serialised both keys of every comparison in an index to compare the bytes.
 *
 * <p>{@link #compare} orders without serialising. Two values are the same key exactly when they were under the
 * serialised comparison: of the same kind and equal, documents with the same fields in the same order, lists with the
 * same elements; so an index holds the same entries as before (mongo-java-server normalises the numbers in its keys
 * before it looks them up). Within a kind the order is the natural one (numbers, strings, ids, dates), which is also
 * what H2 used for those before; between kinds it follows MongoDB's order of types. (mongo-java-server's own
 * {@code ValueComparator} is not used: it takes a list for its smallest element and {@code null} for a missing field,
 * so keys that are different would be one key, and it cannot order some kinds at all.)
 *
 * <p>Every value keeps its Java type: an {@code Integer} is read back as an {@code Integer}, a {@code Long} as a
 * {@code Long}, a date with its nanoseconds. What is none of the kinds below (no value from the wire, but a server may
 * make others) is kept as before, serialised, so nothing is lost.
 */
final class StoredValueType extends BasicDataType<Object> {

    static final StoredValueType INSTANCE = new StoredValueType();

    // Tags, in the order of comparison between kinds (after MongoDB's order of types).
    private static final byte NULL = 0;
    private static final byte MISSING = 1;
    private static final byte MIN_KEY = 2;
    private static final byte INT = 3;
    private static final byte LONG = 4;
    private static final byte DOUBLE = 5;
    private static final byte DECIMAL128 = 6;
    private static final byte STRING = 7;
    private static final byte DOCUMENT = 8;
    private static final byte LIST = 9;
    private static final byte SET = 10;
    private static final byte BIN_DATA = 11;
    private static final byte LEGACY_UUID = 12;
    private static final byte UUID_TAG = 13;
    private static final byte OBJECT_ID = 14;
    private static final byte FALSE = 15;
    private static final byte TRUE = 16;
    private static final byte INSTANT = 17;
    private static final byte TIMESTAMP = 18;
    private static final byte REGEX = 19;
    private static final byte JAVASCRIPT = 20;
    private static final byte KEY_VALUE = 21;
    private static final byte MAX_KEY = 22;
    private static final byte SERIALIZED = 23;

    private StoredValueType() {
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    // ---- writing and reading ----

    @Override
    public void write(WriteBuffer buffer, Object value) {
        byte tag = tagOf(value);
        buffer.put(tag);
        switch (tag) {
            case NULL, MISSING, MIN_KEY, MAX_KEY, FALSE, TRUE -> {
            }
            case INT -> buffer.putVarInt((Integer) value);
            case LONG -> buffer.putLong((Long) value);
            case DOUBLE -> buffer.putDouble((Double) value);
            case DECIMAL128 -> buffer.putLong(((Decimal128) value).getLow()).putLong(((Decimal128) value).getHigh());
            case STRING -> putString(buffer, (String) value);
            case DOCUMENT -> {
                Document document = (Document) value;
                buffer.putVarInt(document.size());
                for (Map.Entry<String, Object> entry : document.entrySet()) {
                    putString(buffer, entry.getKey());
                    write(buffer, entry.getValue());
                }
            }
            case LIST, SET -> putElements(buffer, (Collection<?>) value);
            case KEY_VALUE -> {
                KeyValue key = (KeyValue) value;
                buffer.putVarInt(key.size());
                for (Object element : key) {
                    write(buffer, element);
                }
            }
            case BIN_DATA -> {
                byte[] data = ((BinData) value).getData();
                buffer.putVarInt(data.length).put(data);
            }
            case LEGACY_UUID -> putUuid(buffer, ((LegacyUUID) value).getUuid());
            case UUID_TAG -> putUuid(buffer, (UUID) value);
            case OBJECT_ID -> buffer.put(((ObjectId) value).toByteArray());
            case INSTANT -> buffer.putVarLong(((Instant) value).getEpochSecond()).putVarInt(((Instant) value).getNano());
            case TIMESTAMP -> buffer.putLong(((BsonTimestamp) value).getValue());
            case REGEX -> {
                putNullableString(buffer, ((BsonRegularExpression) value).getPattern());
                putNullableString(buffer, ((BsonRegularExpression) value).getOptions());
            }
            case JAVASCRIPT -> putNullableString(buffer, ((BsonJavaScript) value).getCode());
            case SERIALIZED -> {
                byte[] bytes = ObjectDataType.serialize(value);
                buffer.putVarInt(bytes.length).put(bytes);
            }
            default -> throw new IllegalStateException("tag " + tag);
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        byte tag = buffer.get();
        return switch (tag) {
            case NULL -> null;
            case MISSING -> Missing.getInstance();
            case MIN_KEY -> MinKey.getInstance();
            case MAX_KEY -> MaxKey.getInstance();
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case INT -> DataUtils.readVarInt(buffer);
            case LONG -> buffer.getLong();
            case DOUBLE -> buffer.getDouble();
            case DECIMAL128 -> {
                long low = buffer.getLong();
                yield new Decimal128(low, buffer.getLong());
            }
            case STRING -> readString(buffer);
            case DOCUMENT -> {
                int size = DataUtils.readVarInt(buffer);
                Document document = new Document();
                for (int i = 0; i < size; i++) {
                    String key = readString(buffer);
                    document.put(key, read(buffer));
                }
                yield document;
            }
            case LIST -> readElements(buffer, new ArrayList<>());
            case SET -> readElements(buffer, new LinkedHashSet<>());
            case KEY_VALUE -> new KeyValue(readElements(buffer, new ArrayList<>()));
            case BIN_DATA -> {
                byte[] data = new byte[DataUtils.readVarInt(buffer)];
                buffer.get(data);
                yield new BinData(data);
            }
            case LEGACY_UUID -> new LegacyUUID(readUuid(buffer));
            case UUID_TAG -> readUuid(buffer);
            case OBJECT_ID -> {
                byte[] data = new byte[12];
                buffer.get(data);
                yield new ObjectId(data);
            }
            case INSTANT -> {
                long seconds = DataUtils.readVarLong(buffer);
                yield Instant.ofEpochSecond(seconds, DataUtils.readVarInt(buffer));
            }
            case TIMESTAMP -> new BsonTimestamp(buffer.getLong());
            case REGEX -> {
                String pattern = readNullableString(buffer);
                yield new BsonRegularExpression(pattern, readNullableString(buffer));
            }
            case JAVASCRIPT -> new BsonJavaScript(readNullableString(buffer));
            case SERIALIZED -> {
                byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
                buffer.get(bytes);
                yield ObjectDataType.deserialize(bytes);
            }
            default -> throw new IllegalStateException("Unknown tag " + tag + " in a stored value");
        };
    }

    /** The kind of a value. Classes that could be extended are taken only as themselves; a subclass is serialised. */
    private static byte tagOf(Object value) {
        if (value == null) {
            return NULL;
        } else if (value instanceof Document) {
            return DOCUMENT;
        } else if (value instanceof String) {
            return STRING;
        } else if (value instanceof Integer) {
            return INT;
        } else if (value instanceof Long) {
            return LONG;
        } else if (value instanceof Double) {
            return DOUBLE;
        } else if (value instanceof Boolean b) {
            return b ? TRUE : FALSE;
        } else if (value.getClass() == ObjectId.class) {
            return OBJECT_ID;
        } else if (value instanceof Instant) {
            return INSTANT;
        } else if (value instanceof KeyValue) {
            return KEY_VALUE;
        } else if (value instanceof List<?> && !(value instanceof Set<?>)) {
            return LIST;
        } else if (value instanceof Set<?> && !(value instanceof List<?>)) {
            return SET;
        } else if (value instanceof Missing) {
            return MISSING;
        } else if (value instanceof Decimal128) {
            return DECIMAL128;
        } else if (value instanceof BinData) {
            return BIN_DATA;
        } else if (value instanceof UUID) {
            return UUID_TAG;
        } else if (value instanceof LegacyUUID) {
            return LEGACY_UUID;
        } else if (value instanceof BsonTimestamp) {
            return TIMESTAMP;
        } else if (value.getClass() == BsonRegularExpression.class) {
            return REGEX;
        } else if (value instanceof BsonJavaScript) {
            return JAVASCRIPT;
        } else if (value.getClass() == MinKey.class) {
            return MIN_KEY;
        } else if (value.getClass() == MaxKey.class) {
            return MAX_KEY;
        }
        return SERIALIZED;
    }

    private void putElements(WriteBuffer buffer, Collection<?> elements) {
        buffer.putVarInt(elements.size());
        int written = 0;
        for (Object element : elements) {
            write(buffer, element);
            written++;
        }
        if (written != elements.size()) {
            throw new IllegalStateException("a list changed while it was written");
        }
    }

    private <C extends Collection<Object>> C readElements(ByteBuffer buffer, C into) {
        int size = DataUtils.readVarInt(buffer);
        for (int i = 0; i < size; i++) {
            into.add(read(buffer));
        }
        return into;
    }

    /**
     * As UTF-8, so that what the file holds can be searched for byte by byte (the erase test does); H2's own string
     * form is not UTF-8 beyond ASCII.
     */
    private static void putString(WriteBuffer buffer, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        buffer.putVarInt(bytes.length).put(bytes);
    }

    private static String readString(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        if (!buffer.hasArray()) {
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
        String value = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), length, StandardCharsets.UTF_8);
        buffer.position(buffer.position() + length);
        return value;
    }

    private static void putNullableString(WriteBuffer buffer, String value) {
        if (value == null) {
            buffer.put((byte) 0);
        } else {
            buffer.put((byte) 1);
            putString(buffer, value);
        }
    }

    private static String readNullableString(ByteBuffer buffer) {
        return buffer.get() == 0 ? null : readString(buffer);
    }

    private static void putUuid(WriteBuffer buffer, UUID uuid) {
        buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    }

    private static UUID readUuid(ByteBuffer buffer) {
        long most = buffer.getLong();
        return new UUID(most, buffer.getLong());
    }

    // ---- comparing ----

    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        byte tagA = tagOf(a);
        byte tagB = tagOf(b);
        if (tagA != tagB) {
            return Byte.compare(tagA, tagB);
        }
        return switch (tagA) {
            case NULL, MISSING, MIN_KEY, MAX_KEY, FALSE, TRUE -> 0;
            case INT -> Integer.compare((Integer) a, (Integer) b);
            case LONG -> Long.compare((Long) a, (Long) b);
            case DOUBLE -> Double.compare((Double) a, (Double) b);
            case DECIMAL128 -> compareDecimals((Decimal128) a, (Decimal128) b);
            case STRING -> ((String) a).compareTo((String) b);
            case DOCUMENT -> compareDocuments((Document) a, (Document) b);
            case LIST, SET -> compareElements(((Collection<?>) a).iterator(), ((Collection<?>) b).iterator());
            case KEY_VALUE -> compareElements(((KeyValue) a).iterator(), ((KeyValue) b).iterator());
            case BIN_DATA -> ((BinData) a).compareTo((BinData) b);
            case LEGACY_UUID -> ((LegacyUUID) a).compareTo((LegacyUUID) b);
            case UUID_TAG -> ((UUID) a).compareTo((UUID) b);
            case OBJECT_ID -> ((ObjectId) a).compareTo((ObjectId) b);
            case INSTANT -> ((Instant) a).compareTo((Instant) b);
            case TIMESTAMP -> ((BsonTimestamp) a).compareTo((BsonTimestamp) b);
            case REGEX -> compareRegex((BsonRegularExpression) a, (BsonRegularExpression) b);
            case JAVASCRIPT -> compareStrings(((BsonJavaScript) a).getCode(), ((BsonJavaScript) b).getCode());
            case SERIALIZED -> compareSerialized(a, b);
            default -> throw new IllegalStateException("tag " + tagA);
        };
    }

    /** By value, and decimals of one value written differently (1.0, 1.00) by their bits: they were two keys before. */
    private static int compareDecimals(Decimal128 a, Decimal128 b) {
        int byHigh = Long.compare(a.getHigh(), b.getHigh());
        return byHigh != 0 ? byHigh : Long.compare(a.getLow(), b.getLow());
    }

    private int compareDocuments(Document a, Document b) {
        Iterator<Map.Entry<String, Object>> left = a.entrySet().iterator();
        Iterator<Map.Entry<String, Object>> right = b.entrySet().iterator();
        while (left.hasNext() && right.hasNext()) {
            Map.Entry<String, Object> l = left.next();
            Map.Entry<String, Object> r = right.next();
            int byKey = l.getKey().compareTo(r.getKey());
            if (byKey != 0) {
                return byKey;
            }
            int byValue = compare(l.getValue(), r.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(left.hasNext(), right.hasNext());
    }

    private int compareElements(Iterator<?> left, Iterator<?> right) {
        while (left.hasNext() && right.hasNext()) {
            int byElement = compare(left.next(), right.next());
            if (byElement != 0) {
                return byElement;
            }
        }
        return Boolean.compare(left.hasNext(), right.hasNext());
    }

    private static int compareRegex(BsonRegularExpression a, BsonRegularExpression b) {
        int byPattern = compareStrings(a.getPattern(), b.getPattern());
        return byPattern != 0 ? byPattern : compareStrings(a.getOptions(), b.getOptions());
    }

    private static int compareStrings(String a, String b) {
        if (a == null || b == null) {
            return Boolean.compare(a != null, b != null);
        }
        return a.compareTo(b);
    }

    /** As H2 compared them before: by class, then by the serialised bytes. */
    private static int compareSerialized(Object a, Object b) {
        int byClass = a.getClass().getName().compareTo(b.getClass().getName());
        if (byClass != 0) {
            return byClass;
        }
        return ObjectDataType.compareNotNull(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
    }

    // ---- memory ----

    /** A rough size in memory, for H2's cache: it needs no more, and it is asked often. */
    @Override
    public int getMemory(Object value) {
        return memory(value, 0);
    }

    private static int memory(Object value, int depth) {
        if (value instanceof String s) {
            return 40 + 2 * s.length();
        } else if (value instanceof Document document) {
            int total = 80 + 40 * document.size();
            if (depth < 8) {
                for (Map.Entry<String, Object> entry : document.entrySet()) {
                    total += 40 + 2 * entry.getKey().length() + memory(entry.getValue(), depth + 1);
                }
            }
            return total;
        } else if (value instanceof Collection<?> elements) {
            int total = 40 + 8 * elements.size();
            if (depth < 8) {
                for (Object element : elements) {
                    total += memory(element, depth + 1);
                }
            }
            return total;
        } else if (value instanceof KeyValue key) {
            int total = 56;
            for (Object element : key) {
                total += 8 + memory(element, depth + 1);
            }
            return total;
        } else if (value instanceof BinData binData) {
            return 32 + binData.getData().length;
        }
        return 24;
    }
}
