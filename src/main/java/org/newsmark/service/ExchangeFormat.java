package org.newsmark.service;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats other annotation tools read and write, as the command line ({@code --format}) and
 * File › Export for Other Tools and Import from Other Tools name them.
 */
public enum ExchangeFormat {
    /** REFI-QDA project exchange: QualCoder, MAXQDA, ATLAS.ti, NVivo. */
    QDPX("qdpx", "REFI-QDA project (MAXQDA, ATLAS.ti, NVivo, QualCoder)", "qdpx"),
    /** REFI-QDA codebook: the codebook alone. */
    QDC("qdc", "REFI-QDA codebook", "qdc"),
    /** UIMA CAS XMI with its type system, zipped: INCEpTION. */
    XMI("xmi", "UIMA CAS XMI for INCEpTION", "zip"),
    /** W3C Web Annotation, JSON-LD. */
    WEB_ANNOTATION("webanno-json", "W3C Web Annotation (JSON-LD)", "jsonld");

    private final String id;
    private final String description;
    private final String extension;

    ExchangeFormat(String id, String description, String extension) {
        this.id = id;
        this.description = description;
        this.extension = extension;
    }

    /** The name {@code --format} takes. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The file name ending an export gets, without the dot. */
    public String extension() {
        return extension;
    }

    public static Optional<ExchangeFormat> byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** The format a file's name says: .qdpx, .qdc, .zip or .xmi, .jsonld or .json. */
    public static Optional<ExchangeFormat> byFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".qdpx")) {
            return Optional.of(QDPX);
        }
        if (name.endsWith(".qdc")) {
            return Optional.of(QDC);
        }
        if (name.endsWith(".zip") || name.endsWith(".xmi")) {
            return Optional.of(XMI);
        }
        if (name.endsWith(".jsonld") || name.endsWith(".json")) {
            return Optional.of(WEB_ANNOTATION);
        }
        return Optional.empty();
    }

    /** "qdpx, qdc, xmi, webanno-json", for messages. */
    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(ExchangeFormat::id).toList());
    }
}
