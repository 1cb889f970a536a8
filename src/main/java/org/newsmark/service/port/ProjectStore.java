package org.newsmark.service.port;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One open project. Every repository call made inside {@link #inTransaction} commits with it or
 * not at all; outside one, each call is its own committed transaction.
 */
public interface ProjectStore extends AutoCloseable {

    /** How messages name the project, e.g. {@code study.newsmark}. */
    String name();

    /** The name files made from the project start with: the file's name without {@code .newsmark}, or the database's. */
    default String shortName() {
        return name().endsWith(".newsmark") ? name().substring(0, name().length() - ".newsmark".length()) : name();
    }

    /** The project file, for a project kept in one file. */
    Optional<Path> file();

    /** Why this session may not write, in words for the user (another writer, a read-only medium); empty when it may. */
    Optional<String> readOnlyReason();

    default boolean isReadOnly() {
        return readOnlyReason().isPresent();
    }

    /** Whether {@code path}, by any name (link, relative path), is one of the files this project lives in. */
    boolean isOwnFile(Path path);

    DocumentRepository documents();

    LabelRepository labels();

    /** The attributes declared in the codebook, and the article codes analysts set. */
    AttributeRepository attributes();

    AnalystRepository analysts();

    AnnotationRepository annotations();

    /** Links between tags and the codebook's link types. */
    LinkRepository links();

    /** Sources, the tags pointing to them, and article outlets. */
    SourceRepository sources();

    /** Article metadata (outlet, author, published, url, language) and the project's custom fields. */
    MetadataRepository metadata();

    /** Counts of tags by outlet, label, analyst, month, article and article code. */
    StatisticsRepository statistics();

    /** The full-text index of the article texts, for corpus search. */
    CorpusIndex corpusIndex();

    /** Each analyst's status of each article (to do, in progress, done). */
    StatusRepository statuses();

    /** Adjudication decisions and the compare window's last position. */
    AdjudicationRepository adjudications();

    /** The link disagreements consensus did not take. */
    LinkRejectionRepository linkRejections();

    /** The suggestions each analyst rejected, per article. */
    SuggestionRejectionRepository suggestionRejections();

    /** Runs {@code work} as one transaction: all of its writes are committed, or none. Nested calls join. */
    <T, E extends Exception> T inTransaction(Work<T, E> work) throws E;

    /** Runs {@code work} on one consistent snapshot of the project (reads only; writers are not blocked). */
    <T, E extends Exception> T inSnapshot(Work<T, E> work) throws E;

    /** Tells {@code listener} of other sessions' changes and of the connection, where the project is shared. */
    default void listen(ProjectChanges listener) {
        // a file has one writer: nothing to tell
    }

    /** The analyst whose layer this session may write, where the backend knows who logged in (a team project). */
    default java.util.Optional<String> loginAnalyst() {
        return java.util.Optional.empty();
    }

    /** The backend's own consistency check: "ok", or the first problem found. */
    String integrityCheck();

    /**
     * Waits for an integrity check that runs beside this session's reads ({@link
     * ProjectStores#openToExport}) and throws a {@link NotSavedException} naming the project
     * unless it passed. An export calls it before its output counts. Other sessions were checked
     * before their first read: nothing to wait for.
     */
    default void requireIntact() {
        // checked when opened
    }

    @Override
    void close();

    /** A unit of work over the repositories. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }
}
