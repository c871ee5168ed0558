package org.zhiban.document.writing;

import java.util.Optional;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.shared.Refusal;

/**
 * Reads a 文种 as people and OA systems write it: the 条例's name (通知; 命令 or 令) or the enum name (NOTICE).
 * The reading is {@link DocumentType#find}'s; this adds the library's refusal and label.
 */
final class DocumentTypeNames {

    private DocumentTypeNames() {
    }

    static Optional<DocumentType> parse(String text) {
        return DocumentType.find(text);
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
