package org.zhiban.contract;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.zhiban.cases.Attachment;
import org.zhiban.cases.CaseAttachments;
import org.zhiban.cases.CaseFile;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.integrations.storage.ObjectStore;
import org.zhiban.shared.Refusal;

/**
 * Keeps a contract case's files: each as a case attachment (stored once by SHA-256, encrypted at rest, its hash on
 * the ledger at upload — 存证) and its extracted text beside it, encrypted the same way, so every later round reads
 * exactly the text of the file that was uploaded.
 */
@Component
class ContractFiles {

    static final String TEXT_PREFIX = "contract-text";

    /** Files read for a case about to open, handed to {@link ContractCaseType#create} by token (same thread). */
    record Pending(ContractTexts.ReadFile contract, Optional<ContractTexts.ReadFile> award, ZhibanUser user) {}

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final CaseAttachments attachments;
    private final ObjectStore objects;
    private final ContractStore store;
    private final Clock clock;

    ContractFiles(CaseAttachments attachments, ObjectStore objects, ContractStore store, Clock clock) {
        this.attachments = attachments;
        this.objects = objects;
        this.store = store;
        this.clock = clock;
    }

    String stage(Pending files) {
        String token = UUID.randomUUID().toString();
        pending.put(token, files);
        return token;
    }

    void unstage(String token) {
        pending.remove(token);
    }

    /** The opening case takes its files; without staged files (a bare {@code POST /api/cases}) it cannot open. */
    void bind(CaseFile file, String token) {
        Pending files = token == null ? null : pending.remove(token);
        if (files == null) {
            throw Refusal.invalid("contract.file.required", "合同审查须上传合同文件：请在“合同审查”页面或通过 POST /api/contracts"
                    + " 上传 / a contract review opens with its file: POST /api/contracts");
        }
        keep(file, files.user(), ContractStore.CONTRACT, files.contract(), null);
        files.award().ifPresent(a -> keep(file, files.user(), ContractStore.AWARD, a, null));
    }

    /** Stores one file of the case (a new version of the previous one of its role, if any) and its text. */
    String keep(CaseFile file, ZhibanUser user, String role, ContractTexts.ReadFile read, String replacesAttachment) {
        Attachment attached = attachments.upload(user, file.caseId(), null, read.fileName(), read.content(),
                replacesAttachment);
        String textKey = objects.put(TEXT_PREFIX, read.text().text().getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8").key();
        return store.addSource(file.caseId(), role, attached.id(), read, textKey, user.id(), clock.instant());
    }

    String text(ContractStore.Source source) {
        byte[] text = objects.get(source.textKey())
                .orElseThrow(() -> new IllegalStateException("contract text missing: " + source.textKey()));
        return new String(text, StandardCharsets.UTF_8);
    }
}
