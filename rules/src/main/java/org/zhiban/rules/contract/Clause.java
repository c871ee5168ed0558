package org.zhiban.rules.contract;

/**
 * 条款 — one numbered unit of the contract: an article (第五条), a heading (三、), or an item inside one
 * (（一） 1. 5.2 （1） ①).
 *
 * @param label   the number as written, with its mark (第五条, 三、, （一）, 1., 5.2, （1）)
 * @param number  the number's value (5 for 第五条 and for 5.2's last part), 0 when it cannot be read
 * @param heading the heading after the number (合同价款), or {@code null} when the line goes straight into text
 * @param text    the clause's text, from its number to the start of the next clause of its level or above
 * @param start   offset of its first character in the contract text
 * @param end     offset just past it
 * @param level   1 for the top level, 2 inside it, …
 * @param path    how a finding names it: the labels from the top, e.g. 第五条（2）, 三、2., 5.2
 */
public record Clause(String label, int number, String heading, String text, int start, int end, int level,
                     String path) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
