package org.zhiban.document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.zhiban.cases.CaseFile;
import org.zhiban.document.layout.DocumentLayout;
import org.zhiban.document.layout.LayoutDocument;
import org.zhiban.document.layout.LayoutFormat;
import org.zhiban.rules.document.DocumentType;

/**
 * 排版 of a draft: maps what the officer wrote onto GB/T 9704's elements — 函 in 信函格式, 纪要 in 纪要格式, the rest
 * in 文件格式; 签发人 only on 上行文; the seal's place once signed — and has the layout render it.
 */
@Service
class DocumentLayouts {

    /** 附件说明 lines: "附件：1.实施方案", "2．经费预算表" → the names. */
    private static final Pattern ATTACHMENT_PREFIX = Pattern.compile("^(附件[：:])?\\s*(\\d+[.．、]\\s*)?");

    private final DocumentLayout layout;
    private final IssuingProperties issuing;

    DocumentLayouts(DocumentLayout layout, IssuingProperties issuing) {
        this.layout = layout;
        this.issuing = issuing;
    }

    byte[] render(CaseFile file, DocumentDraft draft, LayoutFormat format) {
        return layout.render(of(file, draft), format);
    }

    LayoutDocument of(CaseFile file, DocumentDraft d) {
        String organ = d.issuingOrgan() != null ? d.issuingOrgan() : issuing.of(file.department()).organ();
        LayoutDocument.Format format = d.docType() == DocumentType.LETTER ? LayoutDocument.Format.LETTER
                : d.docType() == DocumentType.MINUTES ? LayoutDocument.Format.MINUTES : LayoutDocument.Format.DOCUMENT;
        String mark = switch (format) {
            case DOCUMENT -> organ + "文件";
            case LETTER -> organ;
            case MINUTES -> organ.endsWith("纪要") ? organ : organ + "会议纪要";
        };
        boolean signed = d.signingDate() != null;
        LocalDate date = signed ? LocalDate.parse(d.signingDate()) : null;
        List<String> signers = "上行文".equals(d.direction()) && d.signer() != null
                ? DocumentDraft.organs(d.signer()) : List.of();
        return new LayoutDocument(format, copyNumber(d.copyNumber()), d.secrecyLevel(), d.secrecyPeriod(), d.urgency(),
                mark, d.documentNumber(), signers, d.title(), d.mainRecipients(), d.body(),
                attachments(d.attachmentNote()), format == LayoutDocument.Format.MINUTES ? null : organ, date,
                signed ? LayoutDocument.Seal.PLACEHOLDER : LayoutDocument.Seal.NONE, null,
                DocumentDraft.organs(d.copyRecipients()), issuing.of(file.department()).organ(), date, null);
    }

    /** 份号 is six digits on paper (GB/T 9704 7.2.1): 123 is printed 000123. */
    static String copyNumber(String written) {
        if (written == null || written.isBlank() || !written.strip().matches("\\d{1,6}")) {
            return null;
        }
        return String.format("%06d", Integer.parseInt(written.strip()));
    }

    static List<String> attachments(String note) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        return Arrays.stream(note.split("\\R")).map(line -> ATTACHMENT_PREFIX.matcher(line.strip()).replaceFirst(""))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
