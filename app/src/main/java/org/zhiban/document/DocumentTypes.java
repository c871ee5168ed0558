package org.zhiban.document;

import java.util.Optional;
import org.zhiban.rules.document.DocumentType;

/** Reads a 文种 as a user or an OA system writes it: the Chinese name (通知, 命令 or 令) or the enum name. */
final class DocumentTypes {

    private DocumentTypes() {
    }

    static Optional<DocumentType> parse(String text) {
        return DocumentType.find(text);
    }

    static DocumentType require(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(
                "未知文种「" + text + "」，应为《党政机关公文处理工作条例》第八条所列十五种之一 / unknown docType: " + text));
    }
}
