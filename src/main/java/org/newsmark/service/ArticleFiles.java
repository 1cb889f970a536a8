package org.newsmark.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an article file into a title and normalised text. */
public final class ArticleFiles {

    /** What an article file yields. */
    public record Article(String title, String sourceName, String text) {
    }

    private ArticleFiles() {
    }

    public static Article read(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(name + " is not valid UTF-8 text.");
        }
        // NUL is valid UTF-8, but no article text holds it: such a file is binary
        if (text.indexOf('\0') >= 0) {
            throw new IOException(name + " contains NUL bytes: it looks like a binary file, not text.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new IOException(name + " is empty.");
        }
        return new Article(titleOf(text, name), name, text);
    }

    public static String titleOf(String text, String fallback) {
        for (String line : text.split("\n", 20)) {
            if (!line.isBlank()) {
                String t = line.strip();
                return t.length() > 200 ? t.substring(0, 200) : t;
            }
        }
        return fallback;
    }
}
