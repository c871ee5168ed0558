package org.zhiban.knowledge;

/**
 * 导入结果.
 *
 * @param versionsAdded     versions new to the database
 * @param versionsReplaced  versions whose text or dates changed and were stored again
 * @param versionsUnchanged versions already stored exactly so
 * @param articlesStored    articles written by this import
 * @param generation        the index generation after the import
 * @param millis            how long it took
 */
public record ImportReport(int versionsAdded, int versionsReplaced, int versionsUnchanged, int articlesStored,
                           long generation, long millis) {

    public boolean changed() {
        return versionsAdded + versionsReplaced > 0;
    }
}
