package org.zhiban.document.writing;

import java.util.List;
import java.util.stream.Collectors;
import org.zhiban.ai.AiRequest;
import org.zhiban.ai.AiTask;
import org.zhiban.shared.Classification;

/**
 * The values of {@code prompts/document-draft.prompt}: the 文种's structure and the template's skeleton (so the
 * model writes the same parts in the same order as the template would), the officer's inputs, and the attachments'
 * text as fenced material.
 */
record DraftPrompt(DocumentTemplates.Filled filled, String skeleton) {

    private static final String NONE = "（未提供）";

    String templateName() {
        return DocumentTypeNames.label(filled.template().docType()) + "·" + filled.template().form();
    }

    AiRequest request(DraftInputs in, Classification level) {
        DocumentTemplate t = filled.template();
        String closing = t.closing().isEmpty() ? "无固定结束语" : "结束语「" + t.closing() + "」";
        AiRequest request = AiRequest.of(AiTask.DRAFT_DOCUMENT, level)
                .with("structure", templateName() + "：" + t.structure() + "；" + closing)
                .with("skeleton", skeleton)
                .with("docType", DocumentTypeNames.label(t.docType()))
                .with("direction", filled.direction().term())
                .with("title", in.title())
                .with("recipients", or(in.mainRecipients()))
                .with("reason", or(in.reason()))
                .with("incoming", in.incomingTitle() == null && in.incomingNumber() == null ? NONE
                        : or(in.incomingTitle()) + "（" + or(in.incomingNumber()) + "）")
                .with("keyPoints", in.keyPoints().isEmpty() ? NONE : TemplateFilling.numbered(in.keyPoints(), false))
                .with("attachmentNames", in.attachments().isEmpty() ? NONE : in.attachments().stream()
                        .map(DraftInputs.Attachment::name).collect(Collectors.joining("；")));
        List<DraftInputs.Attachment> attachments = in.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            DraftInputs.Attachment a = attachments.get(i);
            if (a.text() != null && !a.text().isBlank()) {
                request = request.material("附件" + (i + 1) + "《" + a.name().strip() + "》", a.text());
            }
        }
        return request;
    }

    private static String or(String value) {
        return value == null ? NONE : value;
    }
}
