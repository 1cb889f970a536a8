package org.newsmark.io.article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.newsmark.io.EncodingNeededException;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;

/**
 * Plain text: UTF-8 (with or without BOM) or UTF-16 with a BOM; any other charset only when the
 * analyst names it. UTF-16 without a BOM is recognised but not guessed: the problem says so and
 * is an {@link EncodingNeededException}, so the app asks for the encoding. Decoding is strict, so a mis-guessed encoding is an error rather than
 * silently garbled text. A BOM always wins over a forced charset because it is unambiguous.
 */
public final class PlainTextArticleReader implements ArticleReader {

    @Override
    public ImportedArticle read(byte[] bytes, String fileName) throws ImportException {
        return readText(bytes, fileName, Optional.empty());
    }

    public ImportedArticle readText(byte[] bytes, String fileName, Optional<Charset> forced) throws ImportException {
        ArticleText.checkFileSize(bytes.length, fileName);
        if (bytes.length == 0) {
            throw new ImportException(fileName, "is empty");
        }
        String text = ArticleText.stripBom(decode(bytes, fileName, forced));
        ArticleText.checkSize(text, fileName);
        text = ArticleText.normaliseLineEnds(text);
        ArticleText.checkNotBlank(text, fileName, "is empty");
        return new ImportedArticle(ArticleText.titleFrom(text, fileName), fileName, text);
    }

    private static String decode(byte[] bytes, String fileName, Optional<Charset> forced) throws ImportException {
        Optional<Charset> bom = ArticleText.bomCharset(bytes);
        if (bom.isPresent()) {
            return StrictText.decode(bytes, ArticleText.bomLength(bom.get()), bom.get(), fileName);
        }
        Optional<String> kind = BinarySniffer.magic(bytes);
        if (kind.isPresent()) {
            throw binary(fileName, kind.get());
        }
        if (forced.isPresent() && BinarySniffer.encodesTextWithNulBytes(forced.get())) {
            // UTF-16 or UTF-32 chosen by the analyst: NUL bytes are expected; NUL characters are not
            String text = StrictText.decode(bytes, 0, forced.get(), fileName);
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                throw binary(fileName, "NUL character at character offset " + nul + " when read as "
                        + forced.get().name());
            }
            return text;
        }
        int nul = BinarySniffer.firstNul(bytes);
        if (nul >= 0) {
            Optional<Charset> utf16 = forced.isEmpty() ? BinarySniffer.utf16WithoutBom(bytes) : Optional.empty();
            if (utf16.isPresent()) {
                // an encoding question: the app offers its encoding choice
                String cs = utf16.get().name();
                throw new EncodingNeededException(fileName, "is not valid UTF-8 text: it looks like " + cs
                        + " without a byte-order mark; choose the encoding " + cs + " when importing");
            }
            throw binary(fileName, "NUL byte at byte offset " + nul);
        }
        return StrictText.decode(bytes, 0, forced.orElse(StandardCharsets.UTF_8), fileName);
    }

    private static ImportException binary(String fileName, String kind) {
        return new ImportException(fileName, "looks like a binary file (" + kind + "), not text");
    }
}
