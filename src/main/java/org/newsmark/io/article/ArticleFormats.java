package org.newsmark.io.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

import org.newsmark.io.ImportException;

/**
 * Picks the reader by the file's content, because extensions lie (".txt" saved from a browser
 * is often HTML; ".doc" renamed DOCX). The extension only breaks ties for markup-less text.
 */
public final class ArticleFormats {

    private static final byte[] DOCX_MAIN_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

    private ArticleFormats() {
    }

    public static ArticleFormat detect(byte[] bytes, String fileName) {
        return detect(bytes, fileName, Optional.empty());
    }

    /** As {@link #detect(byte[], String)}; markup in UTF-16 is recognised by its BOM or the chosen charset. */
    static ArticleFormat detect(byte[] bytes, String fileName, Optional<Charset> forcedCharset) {
        if (BinarySniffer.startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return ArticleFormat.PDF;
        }
        if (BinarySniffer.startsWith(bytes, 'P', 'K', 3, 4) && contains(bytes, DOCX_MAIN_PART)) {
            // zip entry names are stored uncompressed, so no inflating (and no zip bomb) to detect
            return ArticleFormat.DOCX;
        }
        if (looksLikeHtml(textHead(bytes, forcedCharset), fileName)) {
            return ArticleFormat.HTML;
        }
        return ArticleFormat.PLAIN_TEXT;
    }

    public static ArticleReader readerFor(ArticleFormat format) {
        return switch (format) {
            case PDF -> new PdfArticleReader();
            case DOCX -> new DocxArticleReader();
            case HTML -> new HtmlArticleReader();
            case PLAIN_TEXT -> new PlainTextArticleReader();
        };
    }

    /**
     * Detects and reads. {@code forcedCharset} applies to plain text and HTML without a BOM (for HTML
     * it wins over the page's own declaration); DOCX and PDF carry their own encoding.
     */
    public static ImportedArticle read(byte[] bytes, String fileName, Optional<Charset> forcedCharset)
            throws ImportException {
        ArticleText.checkFileSize(bytes.length, fileName);
        ArticleFormat format = detect(bytes, fileName, forcedCharset);
        return switch (format) {
            case PLAIN_TEXT -> new PlainTextArticleReader().readText(bytes, fileName, forcedCharset);
            case HTML -> new HtmlArticleReader().read(bytes, fileName, forcedCharset);
            default -> readerFor(format).read(bytes, fileName);
        };
    }

    /**
     * Reads a file. The size limit holds on the bytes actually read, not only on the size the file
     * system reports: {@code /dev/zero}, pipes and {@code /proc} files report 0 and never end.
     * Folders, devices, pipes and sockets are refused before they are opened (opening a pipe waits
     * for a writer).
     */
    public static ImportedArticle read(Path file, Optional<Charset> forcedCharset) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return read(readBounded(file, name), name, forcedCharset);
    }

    /** At most {@link ArticleLimits#MAX_FILE_BYTES} of a regular file, or a refusal naming the file. */
    static byte[] readBounded(Path file, String name) throws ImportException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows symbolic links
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "does not exist");
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + reason(e), e);
        }
        if (attributes.isDirectory()) {
            throw new ImportException(name, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new ImportException(name, "is not a regular file (a device, pipe or socket); refused");
        }
        ArticleText.checkFileSize(attributes.size(), name);
        long limit = ArticleLimits.MAX_FILE_BYTES;
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(attributes.size() + 1, limit));
            byte[] chunk = new byte[64 * 1024]; // whole chunks: some /proc files refuse odd-sized reads
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                if (out.size() + (long) n > limit) {
                    throw new ImportException(name, "is larger than " + (limit >> 20)
                            + " MiB; refused (its size was not known before reading)");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The first 4 KiB as characters, enough to see markup: decoded as UTF-16 when a BOM or the chosen
     * charset says so, else byte for byte (every ASCII-compatible charset agrees on markup).
     */
    private static String textHead(byte[] bytes, Optional<Charset> forcedCharset) {
        int n = Math.min(bytes.length, 4096);
        Optional<Charset> bom = ArticleText.bomCharset(bytes);
        if (bom.isPresent() && !bom.get().equals(StandardCharsets.UTF_8)) {
            return new String(bytes, 2, (n - 2) & ~1, bom.get());
        }
        if (bom.isEmpty() && forcedCharset.isPresent() && BinarySniffer.encodesTextWithNulBytes(forcedCharset.get())) {
            return new String(bytes, 0, n & ~3, forcedCharset.get());
        }
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        return head.startsWith("\u00ef\u00bb\u00bf") ? head.substring(3) : head;
    }

    private static boolean looksLikeHtml(String text, String fileName) {
        String head = text.toLowerCase(Locale.ROOT);
        head = head.stripLeading();
        while (head.startsWith("<!--")) {
            int close = head.indexOf("-->");
            if (close < 0) {
                break;
            }
            head = head.substring(close + 3).stripLeading();
        }
        if (head.startsWith("<?xml")) {
            int close = head.indexOf("?>");
            head = close < 0 ? head : head.substring(close + 2).stripLeading();
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body")) {
            return true;
        }
        // a fragment of tags such as "<p>..." or "<div ...>" in a file named like a web page
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean htmlName = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
        return head.matches("(?s)^<(p|div|article|section|h[1-6]|main|span|table|meta|title)[\\s>].*")
                && (htmlName || head.contains("</"));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
