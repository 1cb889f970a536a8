package org.newsmark.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.suggest.Suggester;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.domain.suggest.SuggestionRejection;
import org.newsmark.service.port.ProjectStore;

/**
 * The detectors' suggestions as one analyst sees them in one article, and what the analyst does
 * with them. A suggestion is never stored: it becomes a tag when accepted (one undoable step of
 * {@link AnnotationService}, with the attributes the codebook has for it and, for an attributed
 * opinion, its speaker in the source ledger); a rejection is stored at once, per analyst and
 * article, by kind, span and text, so it does not come back. Detection runs once per article text
 * (a small cache), so stepping through, accepting and rejecting never run it again. See
 * docs/decisions/0044-suggestions.md.
 */
public final class SuggestionService {

    /** Articles whose detected suggestions are kept: the one open, the ones just left, a CLI run's last few. */
    private static final int CACHE_SIZE = 8;

    /** The attribute an attributed opinion's speaker goes into when the label has several of type source. */
    static final String SPEAKER = "speaker";

    /** The choice attribute a speaker's kind fills when the detector gave none. */
    static final String SPEAKER_TYPE = "speaker type";

    /** The label of attributed content in "Attribution (PARC)" (DefaultCodebook.ATTRIBUTION_PARC). */
    static final String PARC_CONTENT = "content";

    /** Sources not made from a speaker: a pronoun the detector could not resolve names no one the ledger can keep. */
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "him", "her", "them", "us",
            "me", "one", "someone", "somebody");

    private final ProjectStore store;
    private final AnnotationService annotations;
    private final Supplier<Codebook> codebook;
    private final SourceService sources;
    private final Function<String, Suggester> detectors;
    private final Map<String, Suggester> byLanguage = new ConcurrentHashMap<>();
    private final Map<String, List<Suggestion>> detected = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Suggestion>> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final List<Consumer<SuggestionChange>> listeners = new CopyOnWriteArrayList<>();
    /** Set while this thread accepts: the tags' own announcements are folded into one change. */
    private final ThreadLocal<Boolean> accepting = ThreadLocal.withInitial(() -> false);

    SuggestionService(ProjectStore store, AnnotationService annotations, CodebookService codebook, SourceService sources) {
        this(store, annotations, codebook::codebook, sources, Suggester::forLanguage);
    }

    /** With other detectors per language code (tests). */
    SuggestionService(ProjectStore store, AnnotationService annotations, Supplier<Codebook> codebook, SourceService sources,
                      Function<String, Suggester> detectors) {
        this.store = store;
        this.annotations = annotations;
        this.codebook = codebook;
        this.sources = sources;
        this.detectors = detectors;
        annotations.addListener(change -> {
            if (!accepting.get()) {
                announce(change.documentId(), change.analystId());
            }
        });
    }

    /** Told after every accept, reject and un-reject, and after any change to a layer's tags (undo and redo included). */
    public void addListener(Consumer<SuggestionChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SuggestionChange> listener) {
        listeners.remove(listener);
    }

    /**
     * The suggestions open to {@code analyst} in {@code doc}, sorted by span then kind: what the
     * detectors find, less those the analyst rejected (same kind, span and text), those a tag of
     * the analyst with the kind's label already overlaps and those a tag of any label has exactly
     * the span of (accepted with another label). Claims only when {@code withClaims}. An
     * analyst not stored (id below 1, a read-only session's new name) has rejected and tagged nothing.
     *
     * @throws TaskControl.CancelledException when {@code control} is cancelled during detection
     */
    public List<Suggestion> open(Document doc, Analyst analyst, boolean withClaims, TaskControl control) {
        List<Suggestion> raw = detect(doc, control);
        boolean stored = analyst != null && analyst.id() > 0;
        List<SuggestionRejection> rejected = stored ? store.suggestionRejections().inDocument(doc.id(), analyst.id()) : List.of();
        Map<String, SuggestionRejection> byKey = new HashMap<>();
        rejected.forEach(r -> byKey.put(key(r.kind(), r.span()), r));
        Map<Long, Covered> covered = new HashMap<>();
        Set<Span> tagged = new java.util.HashSet<>();
        if (stored) {
            Map<Long, List<Span>> spans = new HashMap<>();
            for (Annotation a : store.annotations().forDocument(doc.id(), analyst.id())) {
                spans.computeIfAbsent(a.labelId(), k -> new ArrayList<>()).add(a.span());
                tagged.add(a.span());
            }
            spans.forEach((label, list) -> covered.put(label, new Covered(list)));
        }
        Map<SuggestionKind, Long> labels = kindLabels(codebook.get());
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : raw) {
            if (s.kind() == SuggestionKind.CLAIM && !withClaims) {
                continue;
            }
            SuggestionRejection r = byKey.get(key(s.kind(), s.span()));
            if (r != null && r.rejects(s, doc.text())) {
                continue;
            }
            Long label = labels.get(s.kind());
            Covered tags = label == null ? null : covered.get(label);
            if (tags != null && tags.overlaps(s.span()) || tagged.contains(s.span())) {
                continue; // decided: so tagged already, or accepted with another label
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Makes {@code s} a tag of {@code analyst} with {@code label} (null: the label its kind names),
     * as ONE undoable step: the tag and the attribute values the codebook has for that label, taken
     * from the suggestion's fields where the value fits the attribute; for an attributed opinion,
     * its speaker, the source of that name in the ledger (made when there is none).
     *
     * @throws AnnotationConflictException when the project is read-only, the codebook has no such
     *                                     label or it is retired, or the span is already so tagged
     */
    public Annotation accept(Document doc, Analyst analyst, Suggestion s, Label labelOrNull) {
        requireWritable();
        Codebook book = codebook.get();
        Label label = label(book, s.kind(), labelOrNull);
        List<Annotation> added = accepted(doc, analyst, book, List.of(s), label, "Accept " + s.kind().labelName() + " suggestion");
        if (added.isEmpty()) {
            throw new AnnotationConflictException("That text is already tagged as " + label.name() + ".");
        }
        return added.get(0);
    }

    /**
     * The tags of {@code chosen} with {@code label}, and the source and cue tags and links the
     * codebook wants with them (see {@link AttributionParts}), as one step in one transaction.
     * Returns the tags of {@code chosen} that were added, in text order.
     */
    private List<Annotation> accepted(Document doc, Analyst analyst, Codebook book, List<Suggestion> chosen, Label label,
                                      String description) {
        // one indexed probe per suggestion, not a read of the whole layer (20,000 tags take tens of ms)
        if (chosen.stream().anyMatch(s -> store.annotations().hasTwin(probe(doc, analyst, label, s)))) {
            return List.of(); // so tagged already: refused, not linked again
        }
        List<AnnotationService.NewTag> tags = new ArrayList<>();
        Map<Suggestion, List<AttributionParts.Part>> parts = new LinkedHashMap<>();
        Map<Suggestion, Label> opinions = new HashMap<>();
        for (Suggestion s : chosen) {
            tags.add(new AnnotationService.NewTag(label, s.span(), valuesFor(book, label, s)));
            List<AttributionParts.Part> mine = AttributionParts.of(book, label, s);
            if (!mine.isEmpty()) {
                parts.put(s, mine);
                opinions.put(s, label);
                tags.addAll(AttributionParts.tags(s, mine, (l, x) -> valuesFor(book, l, x)));
            }
        }
        // the layer is read only when parts are linked: a source or cue may be tagged already
        List<Annotation> before = parts.isEmpty() ? List.of() : store.annotations().forDocument(doc.id(), analyst.id());
        List<Annotation> added = asOneChange(doc, analyst, () -> annotations.tagDecideAndLink(doc, analyst, tags, List.of(),
                parts.isEmpty() ? null : fresh -> AttributionParts.links(parts, opinions, fresh, before, doc.id(), analyst.id(), now()),
                null, description));
        Set<Span> wanted = new java.util.HashSet<>();
        chosen.forEach(s -> wanted.add(s.span()));
        return added.stream().filter(a -> a.labelId() == label.id() && wanted.contains(a.span())).toList();
    }

    /**
     * Accepts every open suggestion of {@code kind} in the article as ONE undoable step, with the
     * kind's label (as {@link #accept} fills each tag's attributes). Of open suggestions that
     * overlap one another the more confident is taken (the earlier on a tie). Returns the tags added.
     */
    public List<Annotation> acceptAll(Document doc, Analyst analyst, SuggestionKind kind, TaskControl control) {
        requireWritable();
        Codebook book = codebook.get();
        Label label = label(book, kind, null);
        List<Suggestion> chosen = new ArrayList<>();
        List<Suggestion> candidates = new ArrayList<>(open(doc, analyst, kind == SuggestionKind.CLAIM, control).stream()
                .filter(s -> s.kind() == kind).toList());
        candidates.sort(Comparator.comparingDouble(Suggestion::confidence).reversed().thenComparing(Comparator.naturalOrder()));
        for (Suggestion s : candidates) {
            if (chosen.stream().noneMatch(c -> c.span().overlaps(s.span()))) {
                chosen.add(s);
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        chosen.sort(Comparator.naturalOrder());
        control.checkCancelled();
        // open() has left out every span a tag with this label overlaps, so none of these is tagged
        return accepted(doc, analyst, book, chosen, label, "Accept all " + kind.labelName() + " suggestions");
    }

    /** A tag of {@code s} as the store's hasTwin compares it: article, analyst, label and span. */
    private static Annotation probe(Document doc, Analyst analyst, Label label, Suggestion s) {
        return new Annotation(0, doc.id(), analyst.id(), label.id(), s.span(), "", null, Instant.EPOCH, Instant.EPOCH,
                AttributeValues.EMPTY);
    }

    /** Rejects {@code s} for {@code analyst} in {@code doc}: stored at once, it is no longer open (again: no change). */
    public void reject(Document doc, Analyst analyst, Suggestion s) {
        requireWritable();
        requireStored(analyst);
        store.suggestionRejections().reject(SuggestionRejection.of(doc.id(), analyst.id(), s, doc.text()), now());
        announce(doc.id(), analyst.id());
    }

    /** Takes a rejection back (the editor's undo of a reject): {@code s} is open again. */
    public void unreject(Document doc, Analyst analyst, Suggestion s) {
        requireWritable();
        requireStored(analyst);
        store.suggestionRejections().forget(SuggestionRejection.of(doc.id(), analyst.id(), s, doc.text()));
        announce(doc.id(), analyst.id());
    }

    /**
     * Writes the suggestions file (docs/formats.md): one row per open suggestion in the scope's
     * article (all current ones when null), as the scope's analyst sees them (null: everything the
     * detectors find), in the tags CSV's columns and then {@code kind} and {@code confidence}.
     * Atomic: the file is complete or not there. Returns the rows written.
     *
     * @throws IllegalArgumentException when the scope names an article the project does not have
     */
    public long exportCsv(java.nio.file.Path out, ExportScope scope, boolean withClaims, org.newsmark.io.csv.CsvOptions options,
                          TaskControl control) throws java.io.IOException {
        return new SuggestionExport(store, this, codebook.get()).write(out, scope, withClaims, options, control);
    }

    /** As {@link #exportCsv(java.nio.file.Path, ExportScope, boolean, org.newsmark.io.csv.CsvOptions, TaskControl)}, to a stream (standard output). */
    public long exportCsv(java.io.OutputStream out, ExportScope scope, boolean withClaims, org.newsmark.io.csv.CsvOptions options,
                          TaskControl control) throws java.io.IOException {
        return new SuggestionExport(store, this, codebook.get()).write(out, scope, withClaims, options, control);
    }

    /** The label a suggestion of {@code kind} becomes by default, if the codebook has it. */
    public Optional<Label> labelOf(SuggestionKind kind) {
        return kindLabel(codebook.get(), kind);
    }

    /** The detectors' own suggestions in the article, before anything is taken out: from the cache when its text was seen. */
    private List<Suggestion> detect(Document doc, TaskControl control) {
        String language = language(doc.id());
        String key = language + ":" + doc.sha256();
        synchronized (detected) {
            List<Suggestion> known = detected.get(key);
            if (known != null) {
                return known;
            }
        }
        // outside the lock: a long article does not hold up another's cached answer
        List<Suggestion> found = List.copyOf(byLanguage.computeIfAbsent(language, detectors).suggest(doc.text(), control));
        synchronized (detected) {
            detected.put(key, found);
        }
        return found;
    }

    /** The article's language as its primary subtag ("en" of "en-GB"); English when it has none. */
    private String language(long documentId) {
        String tag = store.metadata().of(documentId).language();
        if (tag == null || tag.isBlank()) {
            return "en";
        }
        return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    private static String key(SuggestionKind kind, Span span) {
        return kind.name() + "/" + span.begin() + "/" + span.end();
    }

    private static Map<SuggestionKind, Long> kindLabels(Codebook book) {
        Map<SuggestionKind, Long> out = new HashMap<>();
        for (SuggestionKind k : SuggestionKind.values()) {
            kindLabel(book, k).ifPresent(l -> out.put(k, l.id()));
        }
        return out;
    }

    /** The label a suggestion of {@code kind} becomes: the one of its name; for opinions in a PARC codebook alone, "content". */
    private static Optional<Label> kindLabel(Codebook book, SuggestionKind kind) {
        Optional<Label> named = book.label(kind.labelName());
        return named.isEmpty() && kind == SuggestionKind.ATTRIBUTED_OPINION ? book.label(PARC_CONTENT) : named;
    }

    private static Label label(Codebook book, SuggestionKind kind, Label wanted) {
        Label label;
        if (wanted == null) {
            label = kindLabel(book, kind).orElseThrow(() -> new AnnotationConflictException("The codebook has no label \""
                    + kind.labelName() + "\", which " + kind.labelName() + " suggestions become; add it, or accept the"
                    + " suggestion with another label."));
        } else {
            label = book.label(wanted.id()).orElseThrow(() -> new AnnotationConflictException("The codebook no longer has the label \""
                    + wanted.name() + "\"."));
        }
        if (label.retired()) {
            throw new AnnotationConflictException("The label \"" + label.name() + "\" is retired: it takes no new tags."
                    + " Restore it in the codebook to accept suggestions with it.");
        }
        return label;
    }

    /**
     * The values a tag of {@code label} made from {@code s} starts with: those {@link #proposed}
     * gives, the speaker's name replaced by the ledger's source of that name, made when there is
     * none (of the kind the detector gave, else a named person). A name the ledger refuses leaves
     * the speaker for the analyst.
     */
    AttributeValues valuesFor(Codebook book, Label label, Suggestion s) {
        Map<Long, List<String>> values = new LinkedHashMap<>();
        proposed(book, label, s).forEach((a, v) -> {
            if (a.type() != AttributeType.SOURCE) {
                values.put(a.id(), v);
            } else {
                Source speaker = speaker(s);
                if (speaker != null) {
                    values.put(a.id(), List.of(Long.toString(speaker.id())));
                }
            }
        });
        return AttributeValues.of(values);
    }

    /**
     * What a tag of {@code label} made from {@code s} would hold, writing nothing: each attribute
     * of the label whose name the suggestion has a field for, where the value fits its type (a
     * number, one of the choices); for an attributed opinion with a speaker (not a pronoun), the
     * label's source attribute (the one named "speaker" before others) with the speaker's name, and
     * "speaker type", when the detector gave none that fits, the kind the speaker's source has or
     * would get. In the label's attribute order.
     */
    Map<Attribute, List<String>> proposed(Codebook book, Label label, Suggestion s) {
        List<Attribute> declared = book.attributesOf(label.id());
        String speakerName = speakerName(s);
        Optional<Attribute> speakerAttribute = speakerName == null ? Optional.empty()
                : declared.stream().filter(a -> a.type() == AttributeType.SOURCE)
                        .min(Comparator.comparing((Attribute a) -> !a.name().equals(SPEAKER)));
        Map<Attribute, List<String>> out = new LinkedHashMap<>();
        for (Attribute a : declared) {
            if (a.type() == AttributeType.SOURCE) {
                if (speakerAttribute.isPresent() && speakerAttribute.get().id() == a.id()) {
                    out.put(a, List.of(speakerName));
                }
                continue;
            }
            List<String> tried = new ArrayList<>();
            Optional.ofNullable(s.fields().get(a.name())).ifPresent(tried::add);
            if (speakerAttribute.isPresent() && a.name().equals(SPEAKER_TYPE)) {
                tried.add(speakerKind(s, speakerName).label());
            }
            for (String field : tried) {
                Attribute.Valued v = a.normalise(a.valuesFromText(field));
                if (v.isOk() && !v.values().isEmpty()) {
                    out.put(a, v.values());
                    break;
                }
            }
        }
        return out;
    }

    /** The opinion's speaker as the ledger would name it; null for other kinds, none given, or a pronoun. */
    private static String speakerName(Suggestion s) {
        if (s.kind() != SuggestionKind.ATTRIBUTED_OPINION || s.sourceName() == null
                || PRONOUNS.contains(s.sourceName().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return s.sourceName();
    }

    /** The kind of the ledger's source of that name, or the kind a new one gets: the detector's "speaker type", else a named person. */
    private SourceKind speakerKind(Suggestion s, String name) {
        return sources.named(name).map(Source::kind).orElseGet(() -> Optional.ofNullable(s.fields().get(SPEAKER_TYPE))
                .flatMap(SourceKind::parse).orElse(SourceKind.NAMED_PERSON));
    }

    /** The ledger's source the opinion's speaker names, made when there is none; null when the ledger refuses the name. */
    private Source speaker(Suggestion s) {
        String name = speakerName(s);
        Optional<Source> known = sources.named(name);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return sources.create(name, speakerKind(s, name), "", "");
        } catch (SourceRefusedException notAName) {
            return null; // the tag is still made; the analyst picks its speaker
        }
    }

    /** Runs {@code work} with the tags' own announcements held back, then tells one change. */
    private <T> T asOneChange(Document doc, Analyst analyst, Supplier<T> work) {
        boolean outer = !accepting.get();
        accepting.set(true);
        try {
            return work.get();
        } finally {
            if (outer) {
                accepting.set(false);
                announce(doc.id(), analyst.id());
            }
        }
    }

    private void announce(long documentId, long analystId) {
        SuggestionChange change = new SuggestionChange(documentId, analystId);
        listeners.forEach(l -> l.accept(change));
    }

    private void requireWritable() {
        if (store.isReadOnly()) {
            throw new AnnotationConflictException(store.name() + " is open read-only; suggestions cannot be accepted or rejected.");
        }
    }

    private static void requireStored(Analyst analyst) {
        if (analyst == null || analyst.id() <= 0) {
            throw new AnnotationConflictException("Choose an analyst of the project first: rejections are kept per analyst.");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Spans of one label's tags, sorted by start, with the furthest end so far: does any overlap a span? */
    private static final class Covered {
        private final int[] begins;
        private final int[] furthestEnd;

        Covered(List<Span> spans) {
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.naturalOrder());
            begins = new int[sorted.size()];
            furthestEnd = new int[sorted.size()];
            int far = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                begins[i] = sorted.get(i).begin();
                far = Math.max(far, sorted.get(i).end());
                furthestEnd[i] = far;
            }
        }

        /** Some tag starts before {@code s} ends and ends after {@code s} starts. */
        boolean overlaps(Span s) {
            int i = Arrays.binarySearch(begins, s.end());
            // the tags starting before s.end() are [0, k)
            int k = i >= 0 ? firstAt(i) : -i - 1;
            return k > 0 && furthestEnd[k - 1] > s.begin();
        }

        private int firstAt(int i) {
            int k = i;
            while (k > 0 && begins[k - 1] == begins[i]) {
                k--;
            }
            return k;
        }
    }
}
