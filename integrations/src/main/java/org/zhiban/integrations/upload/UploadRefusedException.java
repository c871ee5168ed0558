package org.zhiban.integrations.upload;

import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;

/**
 * 上传被拒: the upload is refused before anything is parsed or stored. The {@link #messageKey()} and
 * {@link #arguments()} are for the UI's resource bundles; {@link #getMessage()} is a readable Chinese / English
 * fallback built from the same arguments.
 */
public class UploadRefusedException extends RuntimeException {

    /** Why, with the bundle key and the fallback text. Sizes arrive formatted ("20 MB"). */
    public enum Reason {
        /** 空文件 */
        EMPTY("upload.refused.empty", "文件为空 / the file is empty"),
        /** 文件过大 */
        TOO_LARGE("upload.refused.too-large", "文件超过 {0} / the file is larger than {0}"),
        /** 压缩包内文件过多 */
        TOO_MANY_ENTRIES("upload.refused.too-many-entries",
                "压缩包内的文件超过 {0} 个 / the archive holds more than {0} entries"),
        /** 解压后过大 */
        TOO_LARGE_UNCOMPRESSED("upload.refused.too-large-uncompressed",
                "文件解压后超过 {0} / the file is larger than {0} when unpacked"),
        /** 压缩比异常（疑似压缩炸弹） */
        SUSPICIOUS_RATIO("upload.refused.suspicious-ratio",
                "文件压缩比超过 {0}:1，疑似压缩炸弹 / the file inflates more than {0}:1, like a zip bomb"),
        /** 压缩包嵌套过深 */
        NESTED_ARCHIVE("upload.refused.nested-archive",
                "压缩包嵌套超过 {0} 层 / the file nests archives more than {0} deep"),
        /** 压缩包内文件名不安全 */
        UNSAFE_ENTRY_NAME("upload.refused.unsafe-entry-name",
                "压缩包内的文件名不安全：{0} / the archive holds an unsafe entry name: {0}"),
        /** 文件损坏 */
        CORRUPT("upload.refused.corrupt", "文件已损坏，无法读取（{0}） / the file is corrupt and cannot be read ({0})"),
        /** 解析超时 */
        PARSE_TIMEOUT("upload.refused.parse-timeout",
                "文件解析超过 {0} 秒 / reading the file took longer than {0} s"),
        /** 解析繁忙 */
        PARSER_BUSY("upload.refused.parser-busy",
                "正在解析的文件过多，请稍后再试 / too many files are being read right now; try again shortly");

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

    public UploadRefusedException(Reason reason, Object... arguments) {
        super(MessageFormat.format(Objects.requireNonNull(reason, "reason").fallback, arguments));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey;
    }

    /** The limit that was crossed (or the offending entry name, or the corruption detail), for {@code {0}}. */
    public List<Object> arguments() {
        return arguments;
    }
}
