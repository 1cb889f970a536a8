package org.newsmark.io.article;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.MetadataChecks;

/**
 * The metadata a DOCX's core properties ({@code dc:creator}, {@code dcterms:created},
 * {@code dc:language}) or a PDF's info dictionary (Author, CreationDate) hold. A value that fails
 * its check, or that the library cannot read, is left out: it never costs the article.
 */
final class FileMetadata {

    private FileMetadata() {
    }

    static ArticleMetadata docx(POIXMLProperties.CoreProperties core) {
        if (core == null) {
            return ArticleMetadata.EMPTY;
        }
        try {
            String language = core.getUnderlyingProperties().getLanguageProperty().orElse(null);
            String creator = "Apache POI".equals(core.getCreator()) ? null : core.getCreator(); // the library's default, not an author
            return metadata(creator, published(core.getCreated()), MetadataChecks.languageTag(language));
        } catch (RuntimeException e) {
            return ArticleMetadata.EMPTY; // broken core properties cost the metadata only
        }
    }

    static ArticleMetadata pdf(PDDocumentInformation info) {
        if (info == null) {
            return ArticleMetadata.EMPTY;
        }
        try {
            Calendar created = info.getCreationDate();
            String published = created == null ? null
                    : OffsetDateTime.ofInstant(created.toInstant(), created.getTimeZone().toZoneId()).truncatedTo(ChronoUnit.SECONDS)
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return metadata(info.getAuthor(), published, null);
        } catch (RuntimeException e) {
            return ArticleMetadata.EMPTY;
        }
    }

    private static String published(Date created) {
        return created == null ? null
                : OffsetDateTime.ofInstant(created.toInstant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static ArticleMetadata metadata(String author, String published, String language) {
        return new ArticleMetadata(null, MetadataChecks.orNull("author", author), MetadataChecks.orNull("published", published), null,
                MetadataChecks.orNull("language", language), Map.of());
    }
}
