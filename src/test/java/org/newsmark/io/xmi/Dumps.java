package org.newsmark.io.xmi;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.impl.CASCompleteSerializer;
import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.CASMgrSerializer;
import org.apache.uima.cas.impl.CASSerializer;
import org.apache.uima.cas.impl.Serialization;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.io.exchange.ExchangeProject;

/** Canonical text forms of a CAS and of a project, to compare what two readings give. */
final class Dumps {

    private Dumps() {
    }

    /**
     * What INCEpTION's CasPersistenceUtils.readSerializedCas does: an ObjectInputStream under its
     * filter (the three UIMA classes and String, nothing else), then UIMA's deserializer.
     */
    static CAS asInceptionReadsTheSer(byte[] ser) throws Exception {
        CAS cas = CasCreationUtils.createCas((TypeSystemDescription) null, null, null);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(ser))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(String.join(";", CASCompleteSerializer.class.getName(),
                    CASSerializer.class.getName(), CASMgrSerializer.class.getName(), String.class.getName(), "!*")));
            Serialization.deserializeCASComplete((CASCompleteSerializer) in.readObject(), (CASImpl) cas);
        }
        return cas;
    }

    /** Every indexed feature structure: type, offsets and features (a reference as its target's type and offsets), sorted. */
    static List<String> cas(CAS cas) {
        List<String> out = new ArrayList<>();
        out.add("text=" + cas.getDocumentText());
        cas.getIndexRepository().getAllIndexedFS(cas.getTypeSystem().getTopType()).forEachRemaining(fs -> out.add(fs(fs)));
        out.subList(1, out.size()).sort(null);
        return out;
    }

    private static String fs(FeatureStructure fs) {
        StringBuilder b = new StringBuilder(fs.getType().getName());
        if (fs instanceof AnnotationFS a) {
            b.append(" [").append(a.getBegin()).append(',').append(a.getEnd()).append(')');
        }
        Map<String, String> features = new TreeMap<>();
        for (Feature f : fs.getType().getFeatures()) {
            String name = f.getShortName();
            if (name.equals("sofa") || name.equals("begin") || name.equals("end")) {
                continue;
            }
            if (f.getRange().isPrimitive()) {
                features.put(name, fs.getFeatureValueAsString(f));
            } else {
                FeatureStructure target = fs.getFeatureValue(f);
                features.put(name, target instanceof AnnotationFS a ? a.getType().getShortName() + "[" + a.getBegin() + ","
                        + a.getEnd() + ")" : String.valueOf(target));
            }
        }
        return b.append(' ').append(features).toString();
    }

    /** A project by names, not ids: analysts, articles, metadata, tags, links, codes. */
    static List<String> project(ExchangeProject p) {
        List<String> out = new ArrayList<>();
        p.analysts().forEach(a -> out.add("analyst " + a.name()));
        p.documents().forEach(d -> out.add("article " + d.title() + " | " + d.sourceName() + " | " + d.text() + " | "
                + p.metadataOf(d.id())));
        for (Annotation t : p.tags()) {
            Map<String, List<String>> values = new TreeMap<>();
            t.attributes().asMap().forEach((id, v) -> values.put(p.codebook().attribute(id).map(Attribute::name).orElse("?"), v));
            out.add("tag " + doc(p, t.documentId()) + " " + p.analyst(t.analystId()).orElseThrow().name() + " "
                    + p.codebook().label(t.labelId()).orElseThrow().name() + " " + t.span() + " note=" + t.note() + " group="
                    + t.fragmentGroup() + " " + values);
        }
        p.links().forEach(l -> out.add("link " + doc(p, l.documentId()) + " " + p.codebook().linkType(l.typeId()).orElseThrow()
                .name() + " " + span(p, l.fromTagId()) + " -> " + span(p, l.toTagId())));
        p.articleCodes().forEach(c -> {
            Map<String, List<String>> values = new TreeMap<>();
            c.values().asMap().forEach((id, v) -> values.put(p.codebook().attribute(id).map(Attribute::name).orElse("?"), v));
            out.add("codes " + doc(p, c.documentId()) + " " + p.analyst(c.analystId()).orElseThrow().name() + " " + values);
        });
        out.sort(null);
        return out;
    }

    private static String doc(ExchangeProject p, long id) {
        return p.document(id).orElseThrow().title();
    }

    private static String span(ExchangeProject p, long tagId) {
        return p.tags().stream().filter(t -> t.id() == tagId).findFirst().orElseThrow().span().toString();
    }
}
