package org.zhiban.document.layout;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 公文 as the layout sees it: the elements of GB/T 9704-2012, already decided and signed, in plain text.
 * Independent of the drafting model on purpose, so that drafts, imports and tests can all be laid out.
 * Optional elements are {@code null} (or empty lists) when absent.
 *
 * @param format          版式: 文件格式, 信函格式 or 纪要格式
 * @param copyNumber      份号, six digits, or null
 * @param secrecy         密级 (绝密/机密/秘密), or null
 * @param secrecyPeriod   保密期限 such as "1年", or null; printed as 秘密★1年
 * @param urgency         紧急程度 (特急/加急), or null
 * @param issuerMark      发文机关标志, e.g. "××市人民政府文件"; for 信函 the organ name; for 纪要 "××××纪要"
 * @param documentNumber  发文字号, e.g. "×政发〔2024〕3号", or null
 * @param signers         签发人 names; non-empty makes the document 上行文 (number left, signers right)
 * @param title           标题
 * @param mainRecipients  主送机关 (the colon is added when missing), or null
 * @param body            正文: paragraphs separated by newlines; 一、 （一） 1. （1） open headings
 * @param attachments     附件说明: attachment names in order
 * @param issuerSignature 发文机关署名, or null
 * @param dateOfIssue     成文日期, or null
 * @param seal            whether a seal goes over 署名 and date (it changes where they stand)
 * @param note            附注 (the round brackets are added when missing), or null
 * @param copyTo          抄送 organs, in order
 * @param printingOrgan   印发机关, or null
 * @param printingDate    印发日期, or null
 * @param attendance      纪要: 出席, 请假 and 列席 lists; empty lists for other formats
 */
public record LayoutDocument(
        Format format,
        String copyNumber,
        String secrecy,
        String secrecyPeriod,
        String urgency,
        String issuerMark,
        String documentNumber,
        List<String> signers,
        String title,
        String mainRecipients,
        String body,
        List<String> attachments,
        String issuerSignature,
        LocalDate dateOfIssue,
        Seal seal,
        String note,
        List<String> copyTo,
        String printingOrgan,
        LocalDate printingDate,
        Attendance attendance) {

    private static final Pattern COPY_NUMBER = Pattern.compile("\\d{6}");

    public LayoutDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(issuerMark, "issuerMark");
        Objects.requireNonNull(title, "title");
        if (copyNumber != null && !COPY_NUMBER.matcher(copyNumber).matches()) {
            throw new IllegalArgumentException("份号 must be six digits (GB/T 9704 7.2.1): " + copyNumber);
        }
        signers = signers == null ? List.of() : List.copyOf(signers);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
        body = body == null ? "" : body;
        seal = seal == null ? Seal.NONE : seal;
        attendance = attendance == null ? Attendance.NONE : attendance;
    }

    /** 上行文: carries 签发人, which moves the 发文字号 to the left (GB/T 9704 7.2.5). */
    public boolean upward() {
        return !signers.isEmpty();
    }

    /** The three formats of GB/T 9704: the ordinary one and the two special ones of clause 10. */
    public enum Format {
        /** 文件格式 */
        DOCUMENT,
        /** 信函格式 */
        LETTER,
        /** 纪要格式 */
        MINUTES
    }

    /** 印章: a signed document may carry a seal; the layout leaves room for it and marks where it goes. */
    public enum Seal {
        /** 不加盖印章 */
        NONE,
        /** 加盖印章: the red circle drawn in PDF/OFD only shows where the real (electronic) seal goes */
        PLACEHOLDER
    }

    /** 纪要 attendance lists (GB/T 9704 10.3). */
    public record Attendance(List<String> present, List<String> onLeave, List<String> attending) {
        public static final Attendance NONE = new Attendance(List.of(), List.of(), List.of());

        public Attendance {
            present = present == null ? List.of() : List.copyOf(present);
            onLeave = onLeave == null ? List.of() : List.copyOf(onLeave);
            attending = attending == null ? List.of() : List.copyOf(attending);
        }
    }
}
