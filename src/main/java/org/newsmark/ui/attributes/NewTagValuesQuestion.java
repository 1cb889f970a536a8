package org.newsmark.ui.attributes;

/**
 * Shows the form of the values a tag-all gives its new tags and waits for the answer: a dialog in
 * the window ({@link NewTagValuesDialog}), a script in tests. The form's fields check each value
 * as it is committed; the answer is true to go on with the values the form holds, false to cancel.
 */
@FunctionalInterface
public interface NewTagValuesQuestion {

    /** Asks nothing and goes on without values: what a tag-all does before its view gives it a dialog. */
    NewTagValuesQuestion NONE = (title, form) -> true;

    boolean ask(String title, NewTagValuesViewModel form);
}
