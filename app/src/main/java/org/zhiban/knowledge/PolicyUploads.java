package org.zhiban.knowledge;

import org.zhiban.shared.Refusal;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.stereotype.Component;
import org.zhiban.integrations.lawtext.LoadedStatute;
import org.zhiban.integrations.lawtext.StatuteLevel;
import org.zhiban.integrations.lawtext.StatuteNameResolver;
import org.zhiban.integrations.lawtext.StatuteVersion;
import org.zhiban.integrations.upload.UploadGuard;
import org.zhiban.integrations.upload.UploadRefusedException;

/**
 * 政策文件上传: checks an uploaded DOCX, PDF, TXT or Markdown file, extracts its text with Tika and splits it into
 * a statute version ready to store. Refuses (400) before anything is stored: empty, too large, unsupported or
 * unreadable files, and files without text.
 */
@Component
class PolicyUploads {

    private static final Set<String> SUPPORTED = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf",
            "text/plain", "text/markdown", "text/x-web-markdown");
    private static final int MAX_TEXT_CHARS = 5_000_000;

    /** What the admin says about the document. */
    record Upload(String fileName, byte[] content, String title, String level, LocalDate effectiveFrom) {
    }

    private final KnowledgeProperties properties;
    private final UploadGuard guard;

    PolicyUploads(KnowledgeProperties properties, UploadGuard guard) {
        this.properties = properties;
        this.guard = guard;
    }

    KnowledgeImport.VersionInput prepare(Upload upload, Consumer<Double> progress) {
        String title = upload.title() == null ? "" : upload.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw Refusal.invalid("kb.upload.title", "请填写文件标题（最多200字） / title is required (at most 200 characters)");
        }
        if (upload.level() == null || upload.level().isBlank()) {
            throw Refusal.invalid("kb.upload.level", "请选择效力层级 / level is required");
        }
        StatuteLevel level = KnowledgeSearch.level(upload.level());
        if (upload.effectiveFrom() == null) {
            throw Refusal.invalid("kb.upload.effectiveFrom", "请填写施行日期 / effectiveFrom is required");
        }
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw Refusal.invalid("upload.refused.empty", "文件为空 / the file is empty");
        }
        if (content.length > properties.maxUploadBytes()) {
            throw Refusal.tooLarge("kb.upload.tooLarge", "文件超过" + properties.maxUploadBytes() / (1024 * 1024) + " MB / the file is too large", properties.maxUploadBytes() / (1024 * 1024));
        }
        // Before any parser sees the bytes: a small file that inflates to gigabytes is refused here, in milliseconds.
        guard.check(upload.fileName(), content);
        progress.accept(0.1);
        String text = extract(upload.fileName(), content);
        progress.accept(0.4);
        PolicyDocumentSplitter.Split split = PolicyDocumentSplitter.split(title, text);
        if (split.parts().isEmpty()) {
            throw Refusal.invalid("kb.upload.noText", "文件中没有可用的文字 / the file contains no text");
        }
        String key = StatuteNameResolver.normalise(title);
        String path = "upload/" + (upload.fileName() == null ? "document" : upload.fileName().replaceAll("[\\\\/]", "_"));
        StatuteVersion version = new StatuteVersion(StatuteVersion.versionId(key, upload.effectiveFrom()), key, title,
                List.of(), level, upload.effectiveFrom(), upload.effectiveFrom(), upload.effectiveFrom(), null,
                List.of(), path, "");
        progress.accept(0.5);
        return new KnowledgeImport.VersionInput(new LoadedStatute(version, split.parts()), null, KnowledgeImport.UPLOAD,
                split.articles() ? KnowledgeImport.ARTICLES : KnowledgeImport.SECTIONS, split.labels());
    }

    private String extract(String fileName, byte[] content) {
        Tika tika = new Tika();
        tika.setMaxStringLength(MAX_TEXT_CHARS);
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try {
            String type = tika.detect(new ByteArrayInputStream(content), metadata);
            if (!SUPPORTED.contains(type)) {
                throw Refusal.invalid("kb.upload.type", "不支持的文件类型 " + type + "（支持 DOCX、PDF、TXT、Markdown） / unsupported file type "
                        + type, type);
            }
            String text = guard.withinTimeout(() -> tika.parseToString(new ByteArrayInputStream(content), metadata));
            if (text.isBlank()) {
                throw Refusal.invalid("kb.upload.noText", "文件中没有可用的文字 / the file contains no text");
            }
            return text;
        } catch (Refusal | UploadRefusedException refusal) {
            throw refusal;
        } catch (Exception e) {
            // The cause stays in the log; the answer names no exception class.
            org.slf4j.LoggerFactory.getLogger(PolicyUploads.class).info("unreadable upload {}: {}", fileName, e.toString());
            throw Refusal.invalid("kb.upload.unreadable", "无法解析该文件，请确认文件未损坏 / the file cannot be read");
        }
    }
}
