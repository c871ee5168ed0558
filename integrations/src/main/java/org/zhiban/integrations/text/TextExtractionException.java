package org.zhiban.integrations.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;

/**
 * 无法提取文字. {@link #messageKey()} and {@link #arguments()} are for the UI's resource bundles; {@link #getMessage()}
 * is a Chinese / English fallback. For {@link Reason#OCR_NOT_INSTALLED} the argument says what the check found
 * (for the log), the message does not.
 */
public class TextExtractionException extends RuntimeException {

    /** Why, with the bundle key and the fallback text. */
    public enum Reason {
        /** 不支持的格式 */
        UNSUPPORTED_FORMAT("text.extraction.unsupported-format",
                "不支持的文件格式（{0}），请上传 DOCX、PDF、OFD、JPG、PNG 或 TXT / unsupported file format ({0});"
                        + " upload DOCX, PDF, OFD, JPG, PNG or TXT"),
        /** 未安装 OCR */
        OCR_NOT_INSTALLED("text.extraction.ocr-not-installed",
                "未安装 OCR（tesseract-ocr、tesseract-ocr-chi-sim），无法识别扫描件 / OCR is not installed"),
        /** 文件有密码 */
        ENCRYPTED("text.extraction.encrypted", "文件有密码保护，无法读取 / the file is password-protected"),
        /** 文件损坏 */
        CORRUPT("text.extraction.corrupt", "文件已损坏，无法读取（{0}） / the file is corrupt and cannot be read ({0})"),
        /** 文字识别失败 */
        OCR_FAILED("text.extraction.ocr-failed", "文字识别失败（{0}） / OCR failed ({0})");

        private final String messageKey;
        private final String fallback;

        Reason(String messageKey, String fallback) {
            this.messageKey = messageKey;
            this.fallback = fallback;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final List<Object> arguments;

    public TextExtractionException(Reason reason, Object... arguments) {
        this(reason, null, arguments);
    }

    public TextExtractionException(Reason reason, Throwable cause, Object... arguments) {
        super(MessageFormat.format(Objects.requireNonNull(reason, "reason").fallback, arguments), cause);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
