package org.zhiban.document.writing;

import org.zhiban.rules.document.Direction;

import java.util.List;
import java.util.Set;
import org.zhiban.rules.document.DocumentType;

/**
 * 公文模板: one form of a 文种's body (a 函 has 去函, 询问函 and 复函), as {@code document/templates/<TYPE>.txt}
 * writes it.
 *
 * @param form       the form's name, e.g. 事项通知, 复函
 * @param purpose    what the 条例 (第八条) says the 文种 is for
 * @param structure  the parts of the body in order, e.g. 缘由—事项—要求
 * @param directions the 行文方向 the form is written in, the usual one first
 * @param closing    the 结束语 the body ends with, or empty when the form has none (纪要, 决议, 公报)
 * @param body       the text with {@code {placeholder}}s, one paragraph per line
 */
public record DocumentTemplate(DocumentType docType, String form, String purpose, String structure,
                               List<Direction> directions, String closing, String body) {

    public DocumentTemplate {
        directions = List.copyOf(directions);
    }

    public boolean allows(Direction direction) {
        return directions.contains(direction);
    }

    /** The placeholders the body uses, for the library to say what the officer may fill. */
    Set<Placeholder> placeholders() {
        return TemplateFilling.placeholdersOf(body);
    }

    /** The same as names ({@code recipients}, {@code points} …), in the order of {@link Placeholder}. */
    public List<String> placeholderNames() {
        return placeholders().stream().map(Placeholder::key).toList();
    }
}
