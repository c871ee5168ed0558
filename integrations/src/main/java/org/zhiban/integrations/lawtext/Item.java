package org.zhiban.integrations.lawtext;

/**
 * 项: a numbered line inside a paragraph, written （一）…
 *
 * @param number the item number, from 1
 * @param text   the full line as written, including the （一） marker
 */
public record Item(int number, String text) {
}
