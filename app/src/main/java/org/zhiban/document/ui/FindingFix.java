package org.zhiban.document.ui;

import org.zhiban.rules.document.Finding;

/** A finding's suggested fix applied to its field's text: the span replaced by the suggestion. */
final class FindingFix {

    private FindingFix() {
    }

    /** A finding with a span carries the replacement for it; one about a whole field carries an instruction. */
    static boolean applicable(Finding f, String text) {
        return f.start() != null && f.end() != null && f.suggestion() != null && text != null
                && f.start() >= 0 && f.end() <= text.length() && f.start() <= f.end();
    }

    static String apply(Finding f, String text) {
        return text.substring(0, f.start()) + f.suggestion() + text.substring(f.end());
    }
}
