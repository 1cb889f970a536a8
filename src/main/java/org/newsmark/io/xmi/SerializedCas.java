package org.newsmark.io.xmi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.CASCompleteSerializer;
import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.Serialization;

/**
 * INCEpTION's binary CAS, the {@code .ser} of its project archive: a Java-serialized {@link
 * CASCompleteSerializer} (type system, indexes and feature structures), as INCEpTION's {@code
 * CasPersistenceUtils} writes it, uncompressed.
 */
final class SerializedCas {

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
}
