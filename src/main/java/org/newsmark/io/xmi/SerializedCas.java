package org.newsmark.io.xmi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.compressors.snappy.FramedSnappyCompressorInputStream;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.CASCompleteSerializer;
import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.CASMgrSerializer;
import org.apache.uima.cas.impl.CASSerializer;
import org.apache.uima.cas.impl.Serialization;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.newsmark.io.ImportException;

/**
 * INCEpTION's binary CAS, the {@code .ser} of its project archive: a Java-serialized {@link
 * CASCompleteSerializer} (type system, indexes and feature structures), as INCEpTION's {@code
 * CasPersistenceUtils} writes and reads it, uncompressed or in the Snappy framing format (read with
 * commons-compress, already on the class path).
 * <p>
 * Reading Java serialization from a file someone else made is dangerous, so it is fenced: only the
 * three UIMA classes and what they hold ({@code int[]}, {@code byte[]}, {@code short[]}, {@code
 * long[]}, {@code String[]}, {@code String}) are resolved, anything else refuses the entry before
 * its class is even loaded; the object graph is at most {@value #MAX_DEPTH} deep; no array may be
 * longer than the bytes that would fill it, so a forged length cannot make a giant allocation; and
 * the stream is read from memory within the caller's byte bound.
 */
final class SerializedCas {

    static final int MAX_DEPTH = 6;
    private static final byte[] SNAPPY_MAGIC = {(byte) 0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59};
    private static final Map<String, Integer> ALLOWED = Map.of(
            CASCompleteSerializer.class.getName(), 0, CASSerializer.class.getName(), 0, CASMgrSerializer.class.getName(), 0,
            String.class.getName(), 0, "[I", 4, "[B", 1, "[S", 2, "[J", 8, "[Ljava.lang.String;", 1);

    private SerializedCas() {
    }

    /** Writes {@code cas} as INCEpTION's {@code writeSerializedCas} does, uncompressed. */
    static void write(CAS cas, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(Serialization.serializeCASComplete((CASImpl) cas));
        }
        bytes.writeTo(out);
    }

    /**
     * The CAS in {@code bytes}, in a fresh CAS of the type system it carries.
     *
     * @param budget how many bytes Snappy-compressed entries may still inflate to; what this one takes is subtracted
     */
    static CAS read(byte[] bytes, String where, AtomicLong budget) throws ImportException {
        byte[] plain = isSnappy(bytes) ? inflate(bytes, where, budget) : bytes;
        Object top;
        FencedInput in = null;
        try {
            in = new FencedInput(new ByteArrayInputStream(plain), plain.length);
            top = in.readObject();
        } catch (EOFException e) {
            throw new ImportException(where, in == null ? "is not a serialized UIMA CAS; its Java object stream is missing its"
                    + " header" : "is truncated; it ends inside the serialized CAS");
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            String refused = in == null ? null : in.refused;
            throw new ImportException(where, refused != null ? "is not a UIMA CAS: " + refused + "; nothing was read from it"
                    : "is not a serialized UIMA CAS; its Java object stream is " + (in == null ? "missing its header" : "corrupt"));
        }
        if (!(top instanceof CASCompleteSerializer complete)) {
            String held = top == null ? "nothing" : top.getClass().isArray() ? "an array" : "a part of a CAS only";
            throw new ImportException(where, "is not a UIMA CAS: it holds " + held + " instead of a serialized CAS");
        }
        try {
            CAS cas = CasCreationUtils.createCas((TypeSystemDescription) null, null, null);
            Serialization.deserializeCASComplete(complete, (CASImpl) cas);
            return cas;
        } catch (ResourceInitializationException | RuntimeException e) {
            throw new ImportException(where, "is not a consistent UIMA CAS; its type system or feature structures do not fit"
                    + " together");
        }
    }

    static boolean isSnappy(byte[] bytes) {
        if (bytes.length < SNAPPY_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < SNAPPY_MAGIC.length; i++) {
            if (bytes[i] != SNAPPY_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] inflate(byte[] bytes, String where, AtomicLong budget) throws ImportException {
        long maxBytes = budget.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = new FramedSnappyCompressorInputStream(new ByteArrayInputStream(bytes))) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new ImportException(where, "inflates beyond the " + (BoundedZip.MAX_INFLATED_BYTES >> 20)
                            + " MiB the whole zip may hold");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ImportException(where, "is not readable Snappy-framed data (" + e.getMessage() + ")");
        }
        budget.addAndGet(-total);
        return out.toByteArray();
    }

    /** Resolves only the allowed classes, under a filter on depth, array lengths and stream bytes. */
    private static final class FencedInput extends ObjectInputStream {

        /** Why the stream was refused, in words for the message; null while nothing was. */
        String refused;

        FencedInput(InputStream in, long length) throws IOException {
            super(in);
            setObjectInputFilter(info -> {
                if (info.depth() > MAX_DEPTH) {
                    return refuse("its objects nest deeper than " + MAX_DEPTH);
                }
                if (info.streamBytes() > length || info.references() > length) {
                    return refuse("it reads past its own length");
                }
                Class<?> c = info.serialClass();
                if (c == null) {
                    return ObjectInputFilter.Status.UNDECIDED;
                }
                Integer elementBytes = ALLOWED.get(c.getName());
                if (elementBytes == null) {
                    return refuse(held(c.getName()));
                }
                if (info.arrayLength() > length / Math.max(1, elementBytes)) {
                    return refuse("it declares an array of " + info.arrayLength() + " elements in " + length + " bytes");
                }
                return ObjectInputFilter.Status.ALLOWED;
            });
        }

        private ObjectInputFilter.Status refuse(String why) {
            refused = why;
            return ObjectInputFilter.Status.REJECTED;
        }

        private static String held(String className) {
            return "it holds " + className + ", and only UIMA's serialized CAS is read";
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            if (!ALLOWED.containsKey(desc.getName())) {
                refused = held(desc.getName());
                throw new InvalidClassException(refused);
            }
            return super.resolveClass(desc);
        }

        @Override
        protected Class<?> resolveProxyClass(String[] interfaces) throws IOException {
            refused = "it holds a proxy object, and only UIMA's serialized CAS is read";
            throw new InvalidClassException(refused);
        }
    }
}
