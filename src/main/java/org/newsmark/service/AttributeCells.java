package org.newsmark.service;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Label;
import org.newsmark.io.ImportException;
import org.newsmark.io.csv.CsvColumns;

/**
 * Reads a row's {@code attr:NAME} cells into a tag's values: each name must be an attribute of
 * the row's label, each value of its type (a multiple choice split at {@code " | "}). A cell
 * that breaks the codebook refuses the import with the file, line and column named.
 */
final class AttributeCells {

    private final List<Attribute> declared;

    AttributeCells(List<Attribute> declared) {
        this.declared = declared;
    }

    AttributeValues resolve(Label label, Map<String, String> cells, String file, long line) throws ImportException {
        if (cells.isEmpty()) {
            return AttributeValues.EMPTY;
        }
        Map<Long, List<String>> values = new TreeMap<>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String column = CsvColumns.attributeColumn(cell.getKey());
            Attribute a = declared.stream().filter(x -> !x.isArticleCode() && x.labelId() == label.id()
                    && x.name().equals(cell.getKey())).findFirst().orElseThrow(() -> new ImportException(file, line,
                    column + ": the label \"" + label.name() + "\" has no attribute \"" + cell.getKey() + "\" in this project's codebook"));
            List<String> raw = a.type() == AttributeType.MULTIPLE_CHOICE
                    ? Arrays.asList(cell.getValue().split("\\s*\\|\\s*")) : List.of(cell.getValue());
            Attribute.Valued v = a.normalise(raw);
            if (!v.isOk()) {
                throw new ImportException(file, line, column + ": " + v.problem());
            }
            values.put(a.id(), v.values());
        }
        return AttributeValues.of(values);
    }
}
