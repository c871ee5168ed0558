package org.zhiban.contract;

import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.zhiban.integrations.text.DocumentTextExtractor;
import org.zhiban.integrations.text.ExtractedText;
import org.zhiban.integrations.text.TextExtractionException;
import org.zhiban.integrations.upload.GuardedUpload;
import org.zhiban.integrations.upload.UploadGuard;
import org.zhiban.shared.Refusal;

/**
 * Reads an uploaded contract (or 中标通知书) before anything is stored: the shared upload guard (size, archive
 * expansion, nesting), the type Tika detects from the content, the text (DOCX, text PDF, OFD; scans through OCR)
 * and the page limit. Every breach is a refusal with its reason; nothing is kept of a refused file.
 */
@Component
class ContractTexts {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "application/ofd", "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/jpeg", "image/png",
            "image/tiff", "text/plain");
    private static final int MAX_NAME = 200;

    /** A read file: the guarded bytes, their type, and the text with how it was obtained. */
    record ReadFile(String fileName, byte[] content, String sha256, String contentType, ExtractedText text) {}

    private final UploadGuard guard;
    private final DocumentTextExtractor extractor;
    private final ContractProperties properties;
    private final Tika tika = new Tika();

    ContractTexts(UploadGuard guard, DocumentTextExtractor extractor, ContractProperties properties) {
        this.guard = guard;
        this.extractor = extractor;
        this.properties = properties;
    }

    ReadFile read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw Refusal.invalid("attachment.name.invalid", "文件名不能为空且不超过200字 / a file name is required");
        }
        GuardedUpload guarded = guard.check(name, content == null ? new byte[0] : content);
        String type = tika.detect(guarded.content(), name);
        if (!ACCEPTED.contains(type)) {
            throw Refusal.invalid("contract.file.type", "不支持的合同文件类型 " + type
                    + "，请上传 DOCX、PDF、OFD、JPG、PNG 或 TXT / unsupported contract file type " + type, type);
        }
        ExtractedText text;
        try {
            text = extractor.extract(guarded.content());
        } catch (TextExtractionException e) {
            throw new Refusal(Refusal.Kind.INVALID, e.messageKey(), e.getMessage(), e.arguments(), java.util.List.of());
        }
        if (text.pages() > properties.maxPages()) {
            throw Refusal.invalid("contract.file.pages", "合同超过 " + properties.maxPages() + " 页（" + text.pages()
                    + " 页），请拆分后上传 / the contract has more than " + properties.maxPages() + " pages",
                    properties.maxPages(), text.pages());
        }
        if (text.isBlank()) {
            throw Refusal.invalid("contract.file.empty", "文件中没有可读的文字 / the file holds no readable text");
        }
        return new ReadFile(name, guarded.content(), guarded.sha256(), type, text);
    }
}
