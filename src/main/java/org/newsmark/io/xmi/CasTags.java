package org.newsmark.io.xmi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.domain.Span;

/**
 * Tags from span annotations: a NewsmarkTag maps back exactly (label, attribute values by the roles
 * its features' descriptions name, note, fragment group); a foreign layer's annotation is labelled by
 * its label/value feature (else its first string feature, else the layer's name), its other
 * primitive features becoming text attributes.
 */
final class CasTags {

    private final AssemblyContext context;

    CasTags(AssemblyContext context) {
        this.context = context;
    }

    Optional<Annotation> newsmarkTag(String where, Document doc, Analyst analyst, AnnotationFS fs) {
        String labelName = CasTypes.string(fs, XmiTypes.LABEL);
        Optional<Span> span = span(where, doc, fs, labelName);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        if (labelName == null || !Names.isValid(labelName)) {
            context.notTaken(where + ": a NewsmarkTag at " + span.get() + " has the label " + Names.shown(labelName)
                    + ", which is not a valid name; not taken");
            return Optional.empty();
        }
        Label label = context.codebook.label(Names.strip(labelName));
        Map<Long, List<String>> values = new TreeMap<>();
        for (Feature f : fs.getType().getFeatures()) {
            Optional<FeatureRole> role = context.role(f)
                    .filter(r -> r.role().equals(FeatureRole.ATTRIBUTE) && labelName.equals(r.label()));
            String raw = role.isPresent() ? fs.getStringValue(f) : null;
            if (raw != null) {
                Attribute a = context.codebook.attribute(label.id(), role.get().name(),
                        AttributeType.fromId(role.get().type()).orElse(AttributeType.TEXT));
                context.value(where + ": tag \"" + label.name() + "\" at " + span.get(), a, raw).ifPresent(v -> values.put(a.id(), v));
            }
        }
        return Optional.of(new Annotation(context.nextId(), doc.id(), analyst.id(), label.id(), span.get(),
                CasTypes.string(fs, XmiTypes.NOTE), CasTypes.blankToNull(CasTypes.string(fs, XmiTypes.FRAGMENT_GROUP)),
                context.readAt, context.readAt, AttributeValues.of(values)));
    }

    Optional<Annotation> foreignTag(String where, Document doc, Analyst analyst, AnnotationFS fs) {
        Type t = fs.getType();
        Optional<Feature> labelFeature = CasTypes.labelFeature(t);
        String labelName = labelFeature.map(f -> fs.getStringValue(f)).filter(v -> !v.isBlank()).orElse(t.getShortName());
        Optional<Span> span = span(where, doc, fs, labelName);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        if (!Names.isValid(labelName)) {
            context.notTaken(where + ": a " + t.getShortName() + " at " + span.get() + " has the label " + Names.shown(labelName)
                    + ", which is not a valid name; not taken");
            return Optional.empty();
        }
        Label label = context.codebook.label(Names.strip(labelName));
        Map<Long, List<String>> values = new TreeMap<>();
        for (Feature f : CasTypes.declared(t)) {
            if (labelFeature.isPresent() && f.equals(labelFeature.get())) {
                continue;
            }
            if (!f.getRange().isPrimitive()) {
                if (fs.getFeatureValue(f) != null) {
                    context.skippedFeatures.merge(t.getShortName() + "'s feature " + f.getShortName(), 1, Integer::sum);
                }
                continue;
            }
            String raw = fs.getFeatureValueAsString(f);
            if (raw != null && !raw.isBlank() && Names.isValid(f.getShortName())) {
                Attribute a = context.codebook.attribute(label.id(), f.getShortName(), AttributeType.TEXT);
                context.value(where + ": " + t.getShortName() + " \"" + label.name() + "\" at " + span.get(), a, raw)
                        .ifPresent(v -> values.put(a.id(), v));
            }
        }
        return Optional.of(new Annotation(context.nextId(), doc.id(), analyst.id(), label.id(), span.get(), "", null,
                context.readAt, context.readAt, AttributeValues.of(values)));
    }

    private Optional<Span> span(String where, Document doc, AnnotationFS fs, String label) {
        int b = fs.getBegin();
        int e = fs.getEnd();
        if (b < 0 || e <= b || e > doc.text().length()) {
            context.notTaken(where + ": a " + fs.getType().getShortName() + " " + Names.shown(label) + " at [" + b + "," + e
                    + ") is empty or outside the text's " + doc.text().length() + " UTF-16 units; not taken");
            return Optional.empty();
        }
        return Optional.of(new Span(b, e));
    }
}
