package org.newsmark.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ArticleDensity;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.StatisticsKey;
import org.newsmark.domain.StatisticsTable;
import org.newsmark.fs.AtomicOutput;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.service.port.StatisticsRepository;

/**
 * Counts of tags by outlet, label, analyst, month, article and article code (the Statistics view,
 * {@code newsmark stats}), and per-article density. Reads only: works on a read-only session.
 */
public final class StatisticsService {

    private final ProjectStore project;

    StatisticsService(ProjectStore project) {
        this.project = project;
    }

    /** The names of the article codes, the {@code code:NAME} keys there may be, in codebook order. */
    public List<String> codeNames() {
        return project.attributes().all().stream().filter(Attribute::isArticleCode).map(Attribute::name).toList();
    }

    /** Each label's colour by its name (retired labels too: their tags are counted), for the charts. */
    public Map<String, String> labelColours() {
        Map<String, String> out = new LinkedHashMap<>();
        project.labels().all().forEach(l -> out.put(l.name(), l.color()));
        return out;
    }

    /**
     * Tags counted by {@code keys}; {@code analyst} empty for every analyst's. Refuses an unknown
     * code or analyst, naming the known ones.
     */
    public StatisticsTable count(List<StatisticsKey> keys, Optional<String> analyst) {
        return project.inSnapshot(() -> {
            List<StatisticsRepository.Group> groups = new ArrayList<>();
            List<Attribute> codes = project.attributes().all().stream().filter(Attribute::isArticleCode).toList();
            for (StatisticsKey k : keys) {
                if (k.kind() != StatisticsKey.Kind.CODE) {
                    groups.add(new StatisticsRepository.Group(k, null, false));
                    continue;
                }
                Attribute code = codes.stream().filter(a -> a.name().equals(k.codeName())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no article code \"" + k.codeName() + "\" in "
                                + project.name() + (codes.isEmpty() ? " (it has no article codes)"
                                : "; its article codes: " + String.join(", ", codes.stream().map(Attribute::name).toList()))));
                groups.add(new StatisticsRepository.Group(k, code.id(), code.type() == AttributeType.SOURCE));
            }
            return new StatisticsTable(keys, project.statistics().count(groups, analystId(analyst)));
        });
    }

    /** Every article's tags per 1,000 characters; {@code analyst} empty for every analyst's tags. */
    public List<ArticleDensity> density(Optional<String> analyst) {
        return project.inSnapshot(() -> project.statistics().density(analystId(analyst)));
    }

    /** The table as CSV (one column per key, then {@code tags}), written beside {@code out} and moved into place. */
    public void exportCsv(StatisticsTable table, Path out, CsvOptions options) throws IOException {
        OutputGuard.requireSafe(project, out);
        AtomicOutput.write(out, stream -> StatisticsFiles.csv(table, stream, options));
    }

    /** The table as JSON (an array of objects with the same fields), written beside {@code out} and moved into place. */
    public void exportJson(StatisticsTable table, Path out) throws IOException {
        OutputGuard.requireSafe(project, out);
        AtomicOutput.write(out, stream -> StatisticsFiles.json(table, stream));
    }

    /** Any file the statistics view writes (a chart's PNG or SVG): checked like every output, then atomic. */
    public void write(Path out, AtomicOutput.Content content) throws IOException {
        OutputGuard.requireSafe(project, out);
        AtomicOutput.write(out, content);
    }

    /** The density table as CSV: document_id, title, outlet, characters, tags, tags_per_1000_chars. */
    public void exportDensity(List<ArticleDensity> rows, OutputStream stream, CsvOptions options) throws IOException {
        StatisticsFiles.density(rows, stream, options);
    }

    private Long analystId(Optional<String> analyst) {
        if (analyst.isEmpty()) {
            return null;
        }
        List<Analyst> all = project.analysts().all();
        return all.stream().filter(a -> a.name().equals(analyst.get())).findFirst().map(Analyst::id)
                .orElseThrow(() -> new IllegalArgumentException("no analyst \"" + analyst.get() + "\" in " + project.name()
                        + "; its analysts: " + String.join(", ", all.stream().map(Analyst::name).toList())));
    }
}
