package org.newsmark.io.csv;

import java.util.List;

/** Column names of the annotation CSV, shared by writer and reader. */
public final class CsvColumns {

    public static final String DOCUMENT_ID = "document_id";
    public static final String DOCUMENT_TITLE = "document_title";
    public static final String DOCUMENT_SHA256 = "document_sha256";
    public static final String ANALYST = "analyst";
    public static final String ANNOTATION_ID = "annotation_id";
    public static final String LABEL = "label";
    public static final String START = "start";
    public static final String END = "end";
    public static final String TEXT = "text";
    public static final String NOTE = "note";
    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_AT = "updated_at";

    public static final List<String> ALL = List.of(DOCUMENT_ID, DOCUMENT_TITLE, DOCUMENT_SHA256, ANALYST,
            ANNOTATION_ID, LABEL, START, END, TEXT, NOTE, CREATED_AT, UPDATED_AT);

    /**
     * The article metadata columns, after the attribute columns of an export (docs/formats.md): the
     * built-in fields as {@code document_outlet} … {@code document_language}, then {@code field:NAME}
     * per custom field. Import ignores them (they describe the article, not the tag).
     */
    public static final List<String> METADATA = List.of("document_outlet", "document_author", "document_published", "document_url",
            "document_language");

    public static final String FIELD_PREFIX = "field:";

    public static String fieldColumn(String name) {
        return FIELD_PREFIX + name;
    }

    /** Attribute columns are named {@code attr:NAME}, one per attribute name of the codebook. */
    public static final String ATTRIBUTE_PREFIX = "attr:";

    /** Between the values of a multiple-choice attribute in one cell. */
    public static final String MULTIPLE_SEPARATOR = " | ";

    public static String attributeColumn(String name) {
        return ATTRIBUTE_PREFIX + name;
    }

    private CsvColumns() {
    }
}
