package org.newsmark.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Reads attribute values from an import file into a tag's values: each name must be an
 * attribute of the tag's label, each value of its type. A value that breaks the codebook
 * refuses the import with the file and line named (and the CSV column, or the brat A line).
 */
final class AttributeCells {

    /** One value as a file gives it: {@code where} prefixes the message ("attr:unit", "A3"). */
    record Cell(String name, String value, long line, String where) {
    }

    private final List<Attribute> declared;
    /** Where a choice the codebook lacks is added (the import's --add-choices), or null to refuse it. */
    private final java.util.function.Consumer<Attribute> addChoice;
    /** Where a source attribute's names become source ids; null keeps the values as given. */
    private ImportedSources sources;

    AttributeCells(List<Attribute> declared) {
        this(declared, null);
    }

    /** @param addChoice given: a choice value the codebook lacks is added to its attribute (through it) instead of refused */
    AttributeCells(List<Attribute> declared, java.util.function.Consumer<Attribute> addChoice) {
        this.declared = new ArrayList<>(declared);
        this.addChoice = addChoice;
    }

    /** Source attributes are read by name: each name becomes the id of its source (created when new). */
    AttributeCells readingSources(ImportedSources names) {
        this.sources = names;
        return this;
    }

    /** A CSV row's {@code attr:NAME} cells (a multiple choice joined with " | "). */
    AttributeValues resolve(Label label, Map<String, String> cells, String file, long line) throws ImportException {
        List<Cell> all = new ArrayList<>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            Attribute a = attribute(label, cell.getKey(), file, line, CsvColumns.attributeColumn(cell.getKey()));
            List<String> values = a.valuesFromText(cell.getValue());
            values.forEach(v -> all.add(new Cell(cell.getKey(), v, line, CsvColumns.attributeColumn(cell.getKey()))));
        }
        return resolve(label, all, file);
    }

    /** Values one by one (brat gives one A line per value); values of one name are gathered. */
    AttributeValues resolve(Label label, List<Cell> cells, String file) throws ImportException {
        if (cells.isEmpty()) {
            return AttributeValues.EMPTY;
        }
        Map<String, List<Cell>> byName = new LinkedHashMap<>();
        cells.forEach(c -> byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c));
        Map<Long, List<String>> values = new TreeMap<>();
        for (List<Cell> group : byName.values()) {
            Cell first = group.get(0);
            Attribute a = attribute(label, first.name(), file, first.line(), first.where());
            List<String> given = group.stream().map(Cell::value).toList();
            if (sources != null && a.type() == AttributeType.SOURCE) {
                given = sources.idsFor(given, file, first.line(), first.where());
            }
            if (addChoice != null && a.type().hasChoices()) {
                a = withChoices(a, given);
            }
            Attribute.Valued v = a.normalise(given);
            if (!v.isOk()) {
                Cell at = group.get(group.size() - 1);
                throw new ImportException(file, at.line(), at.where() + ": " + v.problem());
            }
            values.put(a.id(), v.values());
        }
        return AttributeValues.of(values);
    }

    /** {@code a} with the values it lacked added to its choices, declared through {@link #addChoice}. */
    private Attribute withChoices(Attribute a, List<String> values) {
        List<String> choices = new ArrayList<>(a.choices());
        values.stream().map(String::strip).filter(v -> !v.isEmpty() && !choices.contains(v)).distinct().forEach(choices::add);
        if (choices.size() == a.choices().size()) {
            return a;
        }
        Attribute grown = new Attribute(a.id(), a.labelId(), a.name(), a.type(), choices, a.required(), a.definition());
        addChoice.accept(grown);
        declared.replaceAll(x -> x.id() == a.id() ? grown : x);
        return grown;
    }

    /** Whether the tag's label declares an attribute of that name. */
    boolean declares(Label label, String name) {
        return declared.stream().anyMatch(x -> !x.isArticleCode() && x.labelId() == label.id() && x.name().equals(name));
    }

    private Attribute attribute(Label label, String name, String file, long line, String where) throws ImportException {
        return declared.stream().filter(x -> !x.isArticleCode() && x.labelId() == label.id() && x.name().equals(name))
                .findFirst().orElseThrow(() -> new ImportException(file, line, where + ": the label \"" + label.name()
                        + "\" has no attribute \"" + name + "\" in this project's codebook"));
    }
}
