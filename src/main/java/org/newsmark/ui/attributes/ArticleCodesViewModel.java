package org.newsmark.ui.attributes;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.service.CodebookService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * The article codes of the open article (issue 14.3): the current analyst's, editable, or the
 * shown analyst's, read-only. Each commit is written at once and is one step of the analyst's
 * undo in that article, like a tag edit (Ctrl+Z in the article takes it back).
 */
public final class ArticleCodesViewModel extends AttributeFormViewModel {

    private final ObjectProperty<Document> document;
    private final ObjectProperty<Analyst> me;
    private final ObjectProperty<Analyst> shownAnalyst;
    private final StringProperty heading = new SimpleStringProperty("Article codes");

    public ArticleCodesViewModel(CodebookService codebook, SaveStatusViewModel status, ObjectProperty<Document> document,
                                 ObjectProperty<Analyst> me, ObjectProperty<Analyst> shownAnalyst, ObservableBooleanValue readOnly) {
        super(codebook, status, readOnly);
        this.document = document;
        this.me = me;
        this.shownAnalyst = shownAnalyst;
        document.addListener((o, a, b) -> reload());
        shownAnalyst.addListener((o, a, b) -> reload());
        me.addListener((o, a, b) -> reload());
        reload();
    }

    /** "Article codes", or "Article codes of Bo" when another analyst's are shown. */
    public StringProperty headingProperty() { return heading; }

    /** The codes and their values again (another article, another layer, a changed codebook). */
    public void reload() {
        Document d = document.get();
        Analyst shown = shownAnalyst.get();
        Analyst mine = me.get();
        problemProperty().set("");
        heading.set(shown == null || mine == null || shown.id() == mine.id() ? "Article codes" : "Article codes of " + shown.name());
        if (d == null || shown == null) {
            show(List.of(), AttributeValues.EMPTY);
        } else {
            show(codebook.codebook().articleCodes(), codebook.articleCodes(d.id(), shown.id()));
        }
    }

    @Override
    protected boolean canStore() {
        return document.get() != null && me.get() != null;
    }

    @Override
    protected AttributeValues store(Attribute a, List<String> checked) {
        return codebook.setArticleCode(document.get().id(), me.get().id(), a, checked);
    }
}
