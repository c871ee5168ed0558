package org.zhiban.document.writing;

import java.util.Arrays;
import java.util.Optional;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.shared.Refusal;

/**
 * Reads a 文种 as people and OA systems write it: the 条例's name (通知; 命令 or 令) or the enum name (NOTICE).
 * The same reading as the document package's own, which is not exported to sub-packages.
 */
final class DocumentTypeNames {

    private DocumentTypeNames() {
    }

    static Optional<DocumentType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.equals("命令") || t.equals("命令（令）") || t.equals("命令(令)")) {
            return Optional.of(DocumentType.ORDER);
        }
        return Arrays.stream(DocumentType.values())
                .filter(type -> type.term().equals(t) || type.name().equalsIgnoreCase(t)).findFirst();
    }

    static DocumentType require(String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("document.docType.required", "请选择文种 / docType is required");
        }
        return parse(text).orElseThrow(() -> Refusal.invalid("document.docType.unknown",
                "未知文种「" + text + "」，应为《党政机关公文处理工作条例》第八条所列十五种之一 / unknown docType: " + text,
                text));
    }

    /** 命令（令） for the order, the term otherwise: how the library names a 文种 to people. */
    static String label(DocumentType type) {
        return type == DocumentType.ORDER ? "命令（令）" : type.term();
    }
}
