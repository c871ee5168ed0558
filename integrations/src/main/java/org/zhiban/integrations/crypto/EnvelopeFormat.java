package org.zhiban.integrations.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.zhiban.integrations.crypto.DecryptionException.Reason;

/**
 * The bytes of an envelope, version 1. Everything a reader needs is in the bytes themselves, so an object stays
 * readable when its store loses the metadata (S3Proxy keeps metadata in extended attributes, which not every file
 * system has):
 *
 * <pre>
 * offset  size  field
 * 0       4     magic "ZBS4"
 * 4       1     version (1)
 * 5       1     length n of the master key id
 * 6       n     master key id, ASCII
 * 6+n     12    IV of the key wrap
 * 18+n    32    data key wrapped by the master key (SM4/GCM: 16 bytes key, 16 bytes tag)
 * 50+n    12    IV of the content
 * 62+n    ...   content encrypted by the data key (SM4/GCM), its 16-byte tag last
 * </pre>
 *
 * The wrap authenticates magic, version and key id; the content authenticates magic and version. The wrapped key is
 * deliberately not part of the content's authenticated data, so that {@link Sm4Envelope#rewrap} can move an object to
 * a new master key without touching its content; a swapped wrapped key unwraps to another data key and fails the
 * content's tag.
 */
record EnvelopeFormat(String keyId, byte[] wrapIv, byte[] wrappedKey, byte[] dataIv, int contentOffset) {

    static final byte[] MAGIC = {'Z', 'B', 'S', '4'};
    static final int VERSION = 1;
    static final int WRAPPED_KEY_BYTES = Sm4Gcm.KEY_BYTES + Sm4Gcm.TAG_BYTES;
    private static final int FIXED_HEADER = MAGIC.length + 2;

    /** True when the bytes start like an envelope of any version; says nothing about whether it is intact. */
    static boolean looksLikeEnvelope(byte[] bytes) {
        return bytes != null && bytes.length >= FIXED_HEADER && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    static byte[] header(String keyId, byte[] wrapIv, byte[] wrappedKey, byte[] dataIv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + keyId.length());
        out.writeBytes(keyAssociatedData(keyId));
        out.writeBytes(wrapIv);
        out.writeBytes(wrappedKey);
        out.writeBytes(dataIv);
        return out.toByteArray();
    }

    static EnvelopeFormat read(byte[] bytes) {
        if (!looksLikeEnvelope(bytes)) {
            throw new DecryptionException(Reason.NOT_AN_ENVELOPE);
        }
        int version = bytes[MAGIC.length] & 0xff;
        if (version != VERSION) {
            throw new DecryptionException(Reason.UNSUPPORTED_VERSION, version);
        }
        int idLength = bytes[MAGIC.length + 1] & 0xff;
        int wrapIvAt = FIXED_HEADER + idLength;
        int wrappedAt = wrapIvAt + Sm4Gcm.IV_BYTES;
        int dataIvAt = wrappedAt + WRAPPED_KEY_BYTES;
        int contentAt = dataIvAt + Sm4Gcm.IV_BYTES;
        if (idLength == 0 || bytes.length < contentAt + Sm4Gcm.TAG_BYTES) {
            throw new DecryptionException(Reason.NOT_AN_ENVELOPE);
        }
        String keyId = new String(bytes, FIXED_HEADER, idLength, StandardCharsets.US_ASCII);
        return new EnvelopeFormat(keyId, Arrays.copyOfRange(bytes, wrapIvAt, wrappedAt),
                Arrays.copyOfRange(bytes, wrappedAt, dataIvAt), Arrays.copyOfRange(bytes, dataIvAt, contentAt), contentAt);
    }

    /** Magic, version and key id: what the key wrap authenticates. */
    static byte[] keyAssociatedData(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(MAGIC, FIXED_HEADER + id.length);
        out[MAGIC.length] = VERSION;
        out[MAGIC.length + 1] = (byte) id.length;
        System.arraycopy(id, 0, out, FIXED_HEADER, id.length);
        return out;
    }

    /** Magic and version: what the content authenticates. */
    static byte[] contentAssociatedData() {
        byte[] out = Arrays.copyOf(MAGIC, MAGIC.length + 1);
        out[MAGIC.length] = VERSION;
        return out;
    }
}
