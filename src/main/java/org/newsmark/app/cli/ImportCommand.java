package org.newsmark.app.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsmark.domain.Names;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.io.csv.ManifestReader;
import org.newsmark.service.ArticleVersionService;
import org.newsmark.service.DocumentService;
import org.newsmark.service.FolderImport;
import org.newsmark.service.ManifestImport;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsmark import PROJECT FILE... [--analyst NAME]}: add articles (txt, html, docx, pdf);
 * with {@code --new-version-of ID} or {@code --new-version}, one file as a new version of an article.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles into a project (created when missing).",
                "Formats are recognised by content: plain text (UTF-8, UTF-16 with BOM), HTML, DOCX, PDF.",
                "All files are checked first; if one is refused nothing is added.",
                "With --new-version-of or --new-version: one FILE becomes the new version of an article already in the"
                        + " project; every tag is carried over by its quote and context or listed for review."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
    String project;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE", description = "Article files (none needed with --manifest).")
    List<Path> files = List.of();

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "A CSV of metadata: a path (relative to the manifest) or sha256 column, then any of title, outlet, author,"
                    + " published, url, language; other columns are custom fields. The files it names by path are imported;"
                    + " by sha256 it sets the metadata of articles already in the project. All rows are checked first."
                    + " With --recursive DIR: the folder's files are imported and each gets the metadata of the row naming it.")
    Path manifest;

    @Option(names = "--recursive", paramLabel = "DIR",
            description = "Import the article files (txt, md, html, htm, docx, pdf) of this folder and its subfolders, in path order;"
                    + " copies and articles already in the project are skipped and listed.")
    Path folder;

    @Option(names = "--each-file", description = "With --recursive: add every file that can be read and list those that cannot,"
            + " and the manifest rows refused (default: all or nothing, one unreadable file or refused row and nothing is added).")
    boolean eachFile;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Also add this analyst to the project.")
    String analyst;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of plain-text files without a byte-order mark (default: strict UTF-8), e.g. windows-1252.")
    Charset encoding;

    @Option(names = "--outlet", paramLabel = "NAME",
            description = "The outlet (publication) of every article imported, over what an HTML page names (og:site_name).")
    String outlet;

    @Option(names = "--new-version-of", paramLabel = "DOCUMENT_ID",
            description = "Import the one FILE as a new version of this article (its id, as `newsmark list` shows): tags are"
                    + " carried over by quote and context, those whose text moved are re-anchored, the rest are listed for review;"
                    + " the old version is kept, hidden from the article list.")
    Long newVersionOf;

    @Option(names = "--new-version", description = "As --new-version-of, for the article whose url is the url the FILE names.")
    boolean newVersion;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String analystName = analyst == null ? null : analystName(analyst);
        var out = spec.commandLine().getOut();
        if (newVersionOf != null || newVersion) {
            return asNewVersion(analystName);
        }
        if (folder != null) {
            if (!files.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Give either article files or --recursive DIR, not both.");
            }
            return fromFolder(analystName);
        }
        if (manifest != null) {
            return withManifest(analystName);
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Give article files, or --manifest FILE.");
        }
        List<DocumentService.AddResult> added = CliProjects.inNewOrExisting(project, session -> {
            // every file is read before anything is written: one refused file leaves the project as it was
            List<DocumentService.AddResult> results = session.articleImports()
                    .importFiles(files, Optional.ofNullable(encoding), TaskControl.NONE, outletName());
            if (analystName != null) {
                session.analyst(analystName);
            }
            return results;
        });
        for (DocumentService.AddResult r : added) {
            out.println((r.added() ? "added" : "already present") + "\t" + r.document().id() + "\t"
                    + r.document().sha256() + "\t" + r.document().title());
        }
        return 0;
    }

    /**
     * --recursive DIR [--manifest FILE]: the folder's plan (with the manifest's rows matched to its
     * files), then all or nothing or each file, as chosen; what was skipped or refused is listed.
     */
    private Integer fromFolder(String analystName) throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String outletName = outletName();
        FolderImport.Result result = CliProjects.inNewOrExisting(project, session -> {
            var imports = session.folderImports();
            var plan = imports.plan(folder, Optional.ofNullable(manifest), Optional.ofNullable(encoding), outletName, TaskControl.NONE);
            if (!eachFile && plan.problems().size() > 1) {
                // all or nothing stops at the first; the rest are listed so one pass over the files fixes them all
                plan.problems().forEach(p -> err.println("cannot import: " + p.getMessage()));
            }
            var r = imports.run(plan, eachFile ? FolderImport.Mode.EACH_FILE : FolderImport.Mode.ALL_OR_NOTHING, TaskControl.NONE);
            if (analystName != null) {
                session.analyst(analystName);
            }
            return r;
        });
        for (DocumentService.AddResult r : result.added()) {
            out.println((r.added() ? "added" : "already present") + "\t" + r.document().id() + "\t"
                    + r.document().sha256() + "\t" + r.document().title());
        }
        for (org.newsmark.domain.Document d : result.updated()) {
            out.println("metadata set\t" + d.id() + "\t" + d.sha256() + "\t" + d.title());
        }
        for (var s : result.plan().skipped()) {
            out.println("skipped\t" + s.file() + "\t" + s.why());
        }
        for (var f : result.failed()) {
            err.println("not imported: " + f.getMessage());
        }
        if (!result.fieldsDeclared().isEmpty()) {
            err.println("new custom fields: " + String.join(", ", result.fieldsDeclared()));
        }
        err.println(result.plan().summary() + "; " + result.added().size() + " added"
                + (result.failed().isEmpty() ? "" : ", " + result.failed().size() + " not imported") + ".");
        return 0;
    }

    /** Reads and checks the manifest whole before the project is opened or anything is written. */
    private Integer withManifest(String analystName) throws Exception {
        var out = spec.commandLine().getOut();
        ManifestReader.Manifest m = ManifestReader.read(manifest);
        String outletName = outletName();
        ManifestImport.Report report = CliProjects.inNewOrExisting(project, session -> {
            ManifestImport.Report r = session.manifests().run(m, files, Optional.ofNullable(encoding), outletName, TaskControl.NONE);
            if (analystName != null) {
                session.analyst(analystName);
            }
            return r;
        });
        for (DocumentService.AddResult r : report.imported()) {
            out.println((r.added() ? "added" : "already present") + "\t" + r.document().id() + "\t"
                    + r.document().sha256() + "\t" + r.document().title());
        }
        for (org.newsmark.domain.Document d : report.updated()) {
            out.println("metadata set\t" + d.id() + "\t" + d.sha256() + "\t" + d.title());
        }
        if (!report.fieldsDeclared().isEmpty()) {
            spec.commandLine().getErr().println("new custom fields: " + String.join(", ", report.fieldsDeclared()));
        }
        return 0;
    }

    /** --new-version-of ID / --new-version: one file, planned and applied as a new version of an article. */
    private Integer asNewVersion(String analystName) throws Exception {
        if (files.size() != 1 || folder != null || manifest != null || (newVersionOf != null && newVersion)) {
            throw new ParameterException(spec.commandLine(),
                    "A new version is one FILE, with either --new-version-of DOCUMENT_ID or --new-version (not --manifest or --recursive).");
        }
        var out = spec.commandLine().getOut();
        String outletName = outletName();
        try (ProjectSession session = CliProjects.open(project)) {
            ImportedArticle read = session.articleImports().readOne(files.get(0), Optional.ofNullable(encoding));
            ImportedArticle article = outletName == null ? read : read.withOutlet(outletName);
            long target = newVersionOf != null ? newVersionOf : byUrl(session, article);
            ArticleVersionService.ReanchorPlan plan = session.versions().plan(target, article);
            ArticleVersionService.NewVersion v = session.versions().apply(plan);
            if (analystName != null) {
                session.analyst(analystName);
            }
            out.println("new version\t" + v.document().id() + "\t" + v.document().sha256() + "\t" + v.document().title()
                    + "\treplaces\t" + target);
            out.println(plan.summary());
            for (ArticleVersionService.TagPlan t : plan.toReview()) {
                out.println("to review\t" + t.tag().id() + "\t" + analystName(session, t.tag().analystId()) + "\t"
                        + labelName(session, t.tag().labelId()) + "\t" + t.outcome().name().toLowerCase(java.util.Locale.ROOT)
                        + "\t" + shown(t.tag().span().textOf(plan.oldVersion().text())));
            }
        }
        return 0;
    }

    private long byUrl(ProjectSession session, ImportedArticle article) {
        String url = article.metadata().url();
        if (url == null) {
            throw new ParameterException(spec.commandLine(), files.get(0).getFileName() + " names no url to match an article by;"
                    + " give --new-version-of DOCUMENT_ID.");
        }
        return session.versions().currentWithUrl(url).map(org.newsmark.domain.Document::id).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "No article in " + session.name() + " has the url " + url
                        + "; give --new-version-of DOCUMENT_ID."));
    }

    private static String analystName(ProjectSession session, long id) {
        return session.analysts().stream().filter(a -> a.id() == id).map(org.newsmark.domain.Analyst::name).findFirst().orElse("?");
    }

    private static String labelName(ProjectSession session, long id) {
        return session.labels().stream().filter(l -> l.id() == id).map(org.newsmark.domain.Label::name).findFirst().orElse("?");
    }

    /** A quote on one line: line ends and tabs written as \n, \r, \t. */
    private static String shown(String quote) {
        return "\"" + quote.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    /** The --outlet name, checked by the name rule before the project is opened. */
    private String outletName() {
        if (outlet == null) {
            return null;
        }
        Optional<String> problem = Names.problem(outlet);
        if (problem.isPresent()) {
            throw new ParameterException(spec.commandLine(), "--outlet: " + Names.shown(outlet) + " " + problem.get());
        }
        return Names.strip(outlet);
    }

    /** Checked before the project is opened, so a refused name leaves everything as it was. */
    private String analystName(String raw) {
        try {
            return Names.analyst(raw);
        } catch (Names.InvalidNameException e) {
            throw new ParameterException(spec.commandLine(), "--analyst: " + e.getMessage(), e, null, raw);
        }
    }
}
