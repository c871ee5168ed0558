package org.zhiban.integrations.crypto;

import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;

/**
 * 解密失败: stored bytes could not be turned back into what was stored. Never worth a retry: the key or the bytes are
 * wrong and stay wrong, so this is not an {@code ObjectStoreException}. {@link #messageKey()} and {@link #arguments()}
 * are for the UI's resource bundles; {@link #getMessage()} is a Chinese / English fallback.
 */
public class DecryptionException extends RuntimeException {

    /** Why, with the bundle key and the fallback text. */
    public enum Reason {
        /** 不是加密对象 */
        NOT_AN_ENVELOPE("crypto.decryption.not-an-envelope",
                "不是加密对象，或其头部已损坏 / not an encrypted object, or its header is damaged"),
        /** 格式版本不支持 */
        UNSUPPORTED_VERSION("crypto.decryption.unsupported-version",
                "加密格式版本 {0} 不受支持 / encryption format version {0} is not supported"),
        /** 主密钥未配置 */
        UNKNOWN_MASTER_KEY("crypto.decryption.unknown-master-key",
                "对象由主密钥 {0} 加密，本系统未配置该密钥 / the object was encrypted under master key {0},"
                        + " which is not configured here"),
        /** 主密钥不符或数据被篡改 */
        WRONG_MASTER_KEY("crypto.decryption.wrong-master-key",
                "数据密钥无法解开：主密钥不符，或对象已被篡改 / the data key cannot be unwrapped: wrong master key,"
                        + " or the object was tampered with"),
        /** 密文被篡改 */
        TAMPERED("crypto.decryption.tampered",
                "密文完整性校验失败：对象已被篡改或损坏 / the ciphertext failed its integrity check: the object was"
                        + " tampered with or damaged"),
        /** 内容与对象键不符 */
        CONTENT_MISMATCH("crypto.decryption.content-mismatch",
                "对象 {0} 的内容与其 SHA-256 不符 / the content of {0} does not match the SHA-256 in its key"),
        /** 对象未加密 */
        NOT_ENCRYPTED("crypto.decryption.not-encrypted",
                "对象 {0} 未加密存储，且已禁止读取未加密对象 / {0} is stored unencrypted, and reading unencrypted"
                        + " objects is turned off");

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

    public DecryptionException(Reason reason, Object... arguments) {
        this(reason, null, arguments);
    }

    DecryptionException(Reason reason, Throwable cause, Object... arguments) {
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
