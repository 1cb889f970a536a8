package org.newsmark.io.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.newsmark.io.ImportException;

/** Every file the reader refuses, with the file, the line and the field path the message names. */
class CodebookJsonRefusalTest {

    /** A valid file; each test breaks one line of it. Line numbers are those of this text. */
    static final String GOOD = """
            {
              "format": "newsmark-codebook",
              "version": 1,
              "labels": [
                {
                  "name": "claim",
                  "color": "#E69F00",
                  "key": "1",
                  "attributes": [
                    {"name": "check-worthy", "type": "yes-no"}
                  ]
                },
                {
                  "name": "statistic",
                  "color": "#56B4E9",
                  "key": "2",
                  "attributes": [
                    {"name": "value", "type": "number"},
                    {"name": "unit", "type": "text"}
                  ]
                },
                {
                  "name": "framing",
                  "color": "#CC79A7",
                  "key": "4",
                  "attributes": [
                    {"name": "frame", "type": "choice", "choices": ["Economic", "Morality"]}
                  ]
                }
              ],
              "article_codes": [
                {"name": "tone", "type": "choice", "choices": ["negative", "neutral", "positive"]},
                {"name": "summary", "type": "text", "required": true}
              ]
            }
            """;

    static String refused(String json) {
        ImportException e = assertThrows(ImportException.class,
                () -> CodebookJson.read(new StringReader(json), "codebook.json"));
        return e.getMessage();
    }

    /** GOOD with the first occurrence of {@code from} replaced (which must be there). */
    static String with(String from, String to) {
        int at = GOOD.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(from);
        }
        return GOOD.substring(0, at) + to + GOOD.substring(at + from.length());
    }

    @Test
    void theGoodFileReads() throws Exception {
        assertEquals(3, CodebookJson.read(new StringReader(GOOD), "codebook.json").labels().size());
    }

    /** Jackson's own words follow the prefix; only the prefix is ours to check. */
    static void assertStartsWith(String prefix, String message) {
        assertTrue(message.startsWith(prefix), message);
    }

    @Test
    void notJson() {
        assertStartsWith("codebook.json line 10: is not valid JSON at column 41: Unexpected character",
                refused(with("\"type\": \"yes-no\"}", "\"type\" \"yes-no\"}")));
        assertStartsWith("codebook.json line 11: is not valid JSON at column 7: Unexpected character (']'",
                refused(with("\"yes-no\"}", "\"yes-no\"},")));
        assertStartsWith("codebook.json line 3: is not valid JSON at column 14: Unexpected character (''' (code 39))",
                refused(with("\"version\": 1", "\"version\": '1'")));
        String cut = refused(GOOD.substring(0, GOOD.lastIndexOf('}')));
        assertStartsWith("codebook.json line 35: is not valid JSON at column 1: Unexpected end-of-input", cut);
        assertTrue(cut.endsWith("(start marker at line 1, column 1)"), cut);
        assertEquals("codebook.json: is empty; a codebook file is one JSON object", refused(" \n"));
    }

    @Test
    void aCommentIsNotJson() {
        assertStartsWith("codebook.json line 3: is not valid JSON at column 17: Unexpected character ('/' (code 47)):"
                + " maybe a (non-standard) comment?", refused(with("\"version\": 1,", "\"version\": 1, // first")));
    }

    @Test
    void aParserMessageShowsInvisibleCharactersAsCodes() {
        assertStartsWith("codebook.json line 3: is not valid JSON at column 14: Unexpected character ('<U+202E>'",
                refused(with("\"version\": 1", "\"version\": \u202E1")));
    }

    @Test
    void notAnObject() {
        assertEquals("codebook.json line 1: must hold one JSON object { … }, not an array", refused("[\n{}]"));
    }

    @Test
    void missingOrWrongFormat() {
        assertEquals("codebook.json line 1: has no \"format\"; a Newsmark codebook file starts with"
                + " \"format\": \"newsmark-codebook\"", refused(with("\"format\": \"newsmark-codebook\",", "")));
        assertEquals("codebook.json line 2: format: \"newsmark-labels\" is not \"newsmark-codebook\": this is not a"
                + " Newsmark codebook file", refused(with("newsmark-codebook", "newsmark-labels")));
        assertEquals("codebook.json line 2: format: the number 1 is not \"newsmark-codebook\": this is not a"
                + " Newsmark codebook file", refused(with("\"newsmark-codebook\"", "1")));
    }

    @Test
    void aFileOfAnotherKindIsToldSoBeforeItsFieldsAreChecked() {
        assertEquals("codebook.json line 1: has no \"format\"; a Newsmark codebook file starts with"
                + " \"format\": \"newsmark-codebook\"", refused("{\"name\": \"my-app\", \"dependencies\": {}}"));
    }

    @Test
    void versionNewerMissingOrNotANumber() {
        assertEquals("codebook.json line 3: version: is 3, newer than this Newsmark reads (version 2); a later"
                        + " Newsmark wrote it, so update Newsmark to import it",
                refused(with("\"version\": 1", "\"version\": 3")));
        assertEquals("codebook.json line 3: version: is 12345678901234567890…, newer than this Newsmark reads"
                        + " (version 2); a later Newsmark wrote it, so update Newsmark to import it",
                refused(with("\"version\": 1", "\"version\": 123456789012345678901234567890")));
        assertEquals("codebook.json line 3: version: is 0; versions start at 1 and this Newsmark reads version 2",
                refused(with("\"version\": 1", "\"version\": 0")));
        assertEquals("codebook.json line 3: version: must be a whole number such as 2, not the string \"1\"",
                refused(with("\"version\": 1", "\"version\": \"1\"")));
        assertEquals("codebook.json line 3: version: must be a whole number such as 2, not the number 1.0",
                refused(with("\"version\": 1", "\"version\": 1.0")));
        assertEquals("codebook.json line 1: has no \"version\"; this Newsmark reads codebook files of version 2",
                refused(with("\"version\": 1,", "")));
    }

    @Test
    void aNameThatBreaksTheNameRule() {
        assertEquals("codebook.json line 6: labels[0].name: \"cl<U+0007>aim\" holds the control character U+0007 BEL"
                + " at position 3", refused(with("\"claim\"", "\"cl\\u0007aim\"")));
        assertEquals("codebook.json line 6: labels[0].name: is empty", refused(with("\"claim\"", "\" \"")));
        assertEquals("codebook.json line 6: labels[0].name: \"a<U+202E>b\" holds the invisible character U+202E"
                        + " RIGHT-TO-LEFT OVERRIDE, which can hide or reorder text at position 2",
                refused(with("\"claim\"", "\"a\u202Eb\"")));
        assertEquals("codebook.json line 19: labels[1].attributes[1].name: is empty", refused(with("\"unit\"", "\"\"")));
        assertEquals("codebook.json line 27: labels[2].attributes[0].choices[1]: \"Mor<U+000A>ality\" holds the control"
                + " character U+000A LINE FEED (LF) at position 4", refused(with("\"Morality\"", "\"Mor\\nality\"")));
        assertEquals("codebook.json line 6: labels[0].name: \"" + "x".repeat(40) + "…\" is 201 characters long; at most"
                        + " 200 are allowed",
                refused(with("\"claim\"", "\"" + "x".repeat(201) + "\"")));
        assertEquals("codebook.json line 6: labels[0].name: must be a string in double quotes, not null",
                refused(with("\"claim\"", "null")));
    }

    @Test
    void twoLabelsWithOneName() {
        assertEquals("codebook.json line 23: labels[2].name: \"claim\" is already the name of labels[0] (line 6)",
                refused(with("\"framing\"", "\" claim\"")));
    }

    @Test
    void linesAreCountedTheSameWithWindowsLineEnds() {
        assertEquals("codebook.json line 25: labels[2].key: \"1\" is already the key of labels[0] \"claim\" (line 8)",
                refused(with("\"key\": \"4\"", "\"key\": \"1\"").replace("\n", "\r\n")));
    }

    @Test
    void twoLabelsWithOneKey() {
        assertEquals("codebook.json line 25: labels[2].key: \"1\" is already the key of labels[0] \"claim\" (line 8)",
                refused(with("\"key\": \"4\"", "\"key\": \"1\"")));
    }

    @Test
    void aKeyThatIsNotOneOfOneToNine() {
        for (String key : new String[] {"0", "10", "a", "", " 1", "١"}) {
            assertEquals("codebook.json line 8: labels[0].key: \"" + key + "\" is not a key; a key is one of \"1\" to"
                    + " \"9\", or null for none", refused(with("\"key\": \"1\"", "\"key\": \"" + key + "\"")), key);
        }
        assertEquals("codebook.json line 8: labels[0].key: must be a string such as \"1\", not the number 1",
                refused(with("\"key\": \"1\"", "\"key\": 1")));
    }

    @Test
    void aRetiredLabelWithAKey() {
        assertEquals("codebook.json line 8: labels[0].key: label \"claim\" is retired and takes no new tags, so it has"
                        + " no key; write \"key\": null, or \"retired\": false",
                refused(with("\"key\": \"1\",", "\"key\": \"1\", \"retired\": true,")));
    }

    @Test
    void aColourThatIsNotRrggbb() {
        for (String colour : new String[] {"#E69F0", "E69F00", "#E69F00FF", "#GGGGGG", "orange", "#E69F00 "}) {
            assertEquals("codebook.json line 7: labels[0].color: \"" + colour + "\" is not a colour \"#RRGGBB\""
                    + " (# and six hex digits, e.g. \"#E69F00\")", refused(with("\"#E69F00\"", "\"" + colour + "\"")), colour);
        }
        assertEquals("codebook.json line 5: labels[0]: label \"claim\" has no \"color\"; give one as \"#RRGGBB\", e.g."
                + " \"#0072B2\"", refused(with("\"color\": \"#E69F00\",", "")));
    }

    @Test
    void anUnknownType() {
        assertEquals("codebook.json line 27: labels[2].attributes[0].type: \"colour\" is not a type (text, choice,"
                + " multiple-choice, yes-no, number, source)", refused(with("\"type\": \"choice\"", "\"type\": \"colour\"")));
        assertEquals("codebook.json line 18: labels[1].attributes[0].type: \"Number\" is not a type (text, choice,"
                + " multiple-choice, yes-no, number, source)", refused(with("\"number\"", "\"Number\"")));
        assertEquals("codebook.json line 18: labels[1].attributes[0]: \"value\" has no \"type\" (text, choice,"
                + " multiple-choice, yes-no, number, source)", refused(with(", \"type\": \"number\"", "")));
    }

    @Test
    void choicesMissingForAChoiceType() {
        assertEquals("codebook.json line 27: labels[2].attributes[0]: a choice attribute needs \"choices\": [\"…\", …]"
                + " with at least one choice", refused(with(", \"choices\": [\"Economic\", \"Morality\"]", "")));
        assertEquals("codebook.json line 27: labels[2].attributes[0].choices: a choice attribute needs at least one"
                + " choice", refused(with("[\"Economic\", \"Morality\"]", "[]")));
        assertEquals("codebook.json line 18: labels[1].attributes[0]: a multiple-choice attribute needs \"choices\":"
                + " [\"…\", …] with at least one choice", refused(with("\"number\"", "\"multiple-choice\"")));
    }

    @Test
    void choicesForATypeWithout() {
        assertEquals("codebook.json line 10: labels[0].attributes[0].choices: a yes-no attribute has no choices;"
                        + " remove them, or make its type choice or multiple-choice",
                refused(with("\"type\": \"yes-no\"", "\"type\": \"yes-no\", \"choices\": [\"yes\", \"no\"]")));
    }

    @Test
    void aChoiceGivenTwice() {
        assertEquals("codebook.json line 32: article_codes[0].choices[2]: \"negative\" is already"
                + " article_codes[0].choices[0]", refused(with("\"positive\"", "\" negative\"")));
    }

    @Test
    void aChoiceHoldingTheSeparatorOfChoices() {
        assertEquals("codebook.json line 32: article_codes[0].choices[2]: \"good | bad\" holds |, which separates choices"
                + " in tag files", refused(with("\"positive\"", "\"good | bad\"")));
    }

    @Test
    void twoAttributesOfALabelOrTwoArticleCodesWithOneName() {
        assertEquals("codebook.json line 19: labels[1].attributes[1].name: \"value\" is already the name of"
                + " labels[1].attributes[0] of label \"statistic\" (line 18)", refused(with("\"unit\"", "\"value\"")));
        assertEquals("codebook.json line 33: article_codes[1].name: \"tone\" is already the name of article_codes[0]"
                + " (line 32)", refused(with("\"summary\"", "\"tone\"")));
    }

    @Test
    void theSameNameOnTwoLabelsAttributesIsFine() throws Exception {
        CodebookJson.read(new StringReader(with("\"unit\"", "\"check-worthy\"")), "codebook.json");
    }

    @Test
    void unknownFieldsAreRefusedSoTyposAreCaught() {
        assertEquals("codebook.json line 7: labels[0].colour: is not a field of a label (name, color, key,"
                        + " definition, rules, examples, retired, attributes)",
                refused(with("\"color\"", "\"colour\"")));
        assertEquals("codebook.json line 10: labels[0].attributes[0].kind: is not a field of an attribute (name,"
                + " type, choices, required, definition)", refused(with("\"type\": \"yes-no\"", "\"type\": \"yes-no\", \"kind\": 1")));
        assertEquals("codebook.json line 32: article_codes[0].\"choice s\": is not a field of an article code (name,"
                + " type, choices, required, definition)", refused(with("\"choices\": [\"negative\"", "\"choice s\": [\"negative\"")));
        assertEquals("codebook.json line 3: label: is not a field of a codebook (format, version, labels,"
                + " article_codes, link_types)", refused(with("\"version\": 1,", "\"version\": 1, \"label\": [],")));
    }

    @Test
    void aFieldGivenTwice() {
        assertEquals("codebook.json line 10: labels[0].attributes[0].type: is given twice in the same object (first on"
                + " line 10)", refused(with("\"type\": \"yes-no\"", "\"type\": \"yes-no\", \"type\": \"text\"")));
    }

    @Test
    void wrongJsonTypes() {
        assertEquals("codebook.json line 4: labels: must be an array [ … ], not an object",
                refused(with("\"labels\": [", "\"labels\": {\"x\": [").replace("\n  ],\n  \"article_codes\"", "\n  ]},\n  \"article_codes\"")));
        assertEquals("codebook.json line 10: labels[0].attributes[0].required: must be true or false, not the string"
                + " \"yes\"", refused(with("\"type\": \"yes-no\"", "\"type\": \"yes-no\", \"required\": \"yes\"")));
        assertEquals("codebook.json line 5: labels[0]: must be an object (a label), not the string \"claim\"",
                refused("{\"format\": \"newsmark-codebook\", \"version\": 1,\n\n\n\"labels\": [\n\"claim\"]}"));
        assertEquals("codebook.json line 2: labels[0].definition: must be a string in double quotes, not the number 3",
                refused("{\"format\": \"newsmark-codebook\", \"version\": 1, \"labels\": [\n"
                        + "{\"name\": \"a\", \"color\": \"#000000\", \"definition\": 3}]}"));
    }

    @Test
    void aLabelWithoutAName() {
        assertEquals("codebook.json line 13: labels[1]: has no \"name\"; every label needs one",
                refused(with("\"name\": \"statistic\",", "")));
        assertEquals("codebook.json line 32: article_codes[0]: has no \"name\"; every attribute needs one",
                refused(with("\"name\": \"tone\", ", "")));
    }

    @Test
    void trailingContent() {
        assertEquals("codebook.json line 37: holds more after the codebook's closing }; a codebook file is one JSON"
                + " object", refused(GOOD + "\n{}\n"));
        assertEquals("codebook.json line 36: holds more after the codebook's closing }; a codebook file is one JSON"
                + " object", refused(GOOD + "x"));
        assertEquals("codebook.json line 35: holds more after the codebook's closing }; a codebook file is one JSON"
                + " object", refused(GOOD.replace("\n}\n", "\n}}\n")));
    }

    @Test
    void aFileLargerThanOneMebibyte() {
        String big = GOOD.replace("\"version\": 1,", "\"version\": 1," + " ".repeat(CodebookJson.MAX_CHARS));
        assertEquals("codebook.json: is larger than a codebook file may be (at most 1,048,576 characters)", refused(big));
        ImportException e = assertThrows(ImportException.class,
                () -> CodebookJson.read(big.getBytes(StandardCharsets.UTF_8), "codebook.json"));
        assertEquals("codebook.json: is larger than a codebook file may be (at most 1,048,576 bytes)", e.getMessage());
    }

    @Test
    void aFileJustUnderTheBoundReads() throws Exception {
        String padded = GOOD.replace("\"version\": 1,", "\"version\": 1," + " ".repeat(CodebookJson.MAX_CHARS - GOOD.length()));
        assertEquals(CodebookJson.MAX_CHARS, padded.length());
        assertEquals(3, CodebookJson.read(new StringReader(padded), "codebook.json").labels().size());
    }

    @Test
    void bytesThatAreNotUtf8() {
        byte[] bytes = with("\"claim\"", "\"caf\u00E9\"").getBytes(StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> CodebookJson.read(bytes, "codebook.json"));
        assertEquals("codebook.json: is not valid UTF-8 (invalid byte 0xE9 at byte offset " + (GOOD.indexOf("claim\"") + 3)
                + "); a codebook file is always UTF-8", e.getMessage());
    }

    @Test
    void aProblemInTheLastLabelGivesNoCodebookAtAll() {
        // the reader returns a complete codebook or throws; there is no partial result to look at
        assertEquals("codebook.json line 33: article_codes[1].required: must be true or false, not the number 1",
                refused(with("\"required\": true", "\"required\": 1")));
    }

    @Test
    void deepNestingIsRefusedByTheParsersBound() {
        String deep = with("\"labels\": [", "\"deep\": " + "[".repeat(5000) + "]".repeat(5000) + ",\n  \"labels\": [");
        String message = refused(deep);
        assertStartsWith("codebook.json line 4: is not valid JSON at column ", message);
        assertTrue(message.contains("nesting depth"), message);
    }
}
