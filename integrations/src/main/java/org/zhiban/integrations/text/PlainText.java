package org.zhiban.integrations.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Text files: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030, the superset of GBK and GB 2312 that Chinese
 * Windows saves "ANSI" text in. Strict decoders decide: what is valid UTF-8 is read as UTF-8.
 */
final class PlainText {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF_BYTES = 8192;

    private PlainText() {
    }

    /** No NUL in the first 8 KB (UTF-16 with BOM aside) and decodable: a binary file fails one of the two. */
    static boolean looksLikeText(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        if (utf16(content) != null) {
            return true;
        }
        int end = Math.min(content.length, SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return decode(content).isPresent();
    }

    static ExtractedText extract(byte[] content) {
        Charset utf16 = utf16(content);
        if (utf16 != null) {
            return result(new String(content, 2, content.length - 2, utf16), List.of());
        }
        int bom = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        byte[] body = bom == 0 ? content : java.util.Arrays.copyOfRange(content, bom, content.length);
        Optional<String> utf8 = strict(body, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return result(utf8.get(), List.of());
        }
        Optional<String> gb = strict(body, GB18030);
        if (gb.isPresent()) {
            return result(gb.get(), List.of("文本不是 UTF-8，已按 GB18030（GBK）读取 / the text is not UTF-8 and was read as GB18030 (GBK)"));
        }
        throw new TextExtractionException(TextExtractionException.Reason.UNSUPPORTED_FORMAT, "binary");
    }

    private static ExtractedText result(String text, List<String> warnings) {
        return new ExtractedText(TextLayout.tidy(text.replace("\r\n", "\n").replace('\r', '\n')), 1,
                ExtractionMethod.TXT, warnings);
    }

    private static Optional<String> decode(byte[] content) {
        return strict(content, StandardCharsets.UTF_8).or(() -> strict(content, GB18030));
    }

    private static Charset utf16(byte[] content) {
        if (content.length >= 2 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        if (content.length >= 2 && (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Optional<String> strict(byte[] content, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
