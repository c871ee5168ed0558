package org.zhiban.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.cases.CaseAccess;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseTask;
import org.zhiban.cases.CaseTasks;
import org.zhiban.cases.CaseTypes;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.rules.contract.ContractParser;
import org.zhiban.shared.Refusal;

/**
 * 上传合同: reads the file (and a 中标通知书, if given) before anything is stored, then opens the case with them in one
 * transaction — the process reviews it at once. {@link #revise} takes a revised contract while the case waits in
 * 修改合同. A file uploaded before (to any contract case) is recognised by its SHA-256.
 */
@Service
public class ContractIntake {

    /** What an upload produced: the case, and the earlier cases that received the very same file. */
    public record Opened(String caseId, List<String> sameFileIn) {}

    public record Revised(String caseId, boolean unchanged, List<String> sameFileIn) {}

    private final ContractTexts texts;
    private final ContractFiles files;
    private final ContractStore store;
    private final CaseFiles caseFiles;
    private final CaseTypes caseTypes;
    private final CaseAccess access;
    private final CaseTasks tasks;
    private final ContractParser parser = new ContractParser();

    ContractIntake(ContractTexts texts, ContractFiles files, ContractStore store, CaseFiles caseFiles,
                   CaseTypes caseTypes, CaseAccess access, CaseTasks tasks) {
        this.texts = texts;
        this.files = files;
        this.store = store;
        this.caseFiles = caseFiles;
        this.caseTypes = caseTypes;
        this.access = access;
        this.tasks = tasks;
    }

    @Transactional
    public Opened open(ZhibanUser user, String title, String fileName, byte[] content, String awardName,
                       byte[] award) {
        ContractTexts.ReadFile contract = texts.read(fileName, content);
        Optional<ContractTexts.ReadFile> notice = award == null || award.length == 0 && awardName == null
                ? Optional.empty() : Optional.of(texts.read(awardName, award));
        List<String> earlier = readableCases(user, store.sameFileElsewhere(contract.sha256(), null));
        String token = files.stage(new ContractFiles.Pending(contract, notice, user));
        try {
            CaseFile file = caseFiles.open(caseTypes.find(ContractCaseType.ID).orElseThrow(),
                    title == null || title.isBlank() ? titleOf(contract) : title, user.departmentId(), user,
                    java.util.Map.of(ContractCaseType.UPLOAD, token));
            return new Opened(file.caseId(), earlier);
        } finally {
            files.unstage(token);
        }
    }

    /**
     * A revised contract (and optionally a revised 中标通知书) while the case is in 修改合同; the same file again is
     * recognised and changes nothing.
     */
    @Transactional
    public Revised revise(ZhibanUser user, String caseId, String fileName, byte[] content, String awardName,
                          byte[] award) {
        CaseFile file = access.readable(user, caseId);
        if (!ContractCaseType.ID.equals(file.caseType())) {
            throw Refusal.notFound("contract.notFound", "合同审查案件不存在或无权查看 / no such contract review: " + caseId, caseId);
        }
        CaseTask task = tasks.ofStep(caseId, ContractCaseType.REVISE).stream()
                .filter(t -> "open".equals(t.state()))
                .filter(t -> access.canWorkOn(user, t)).findFirst()
                .orElseThrow(() -> Refusal.conflict("contract.revise.notOpen",
                        "只有在“修改合同”环节，由承办人上传修改后的合同 / a revised contract is taken in 修改合同 only"));
        ContractTexts.ReadFile contract = texts.read(fileName, content);
        Optional<ContractTexts.ReadFile> notice = award == null ? Optional.empty()
                : Optional.of(texts.read(awardName, award));
        ContractStore.Source current = store.currentSource(caseId, ContractStore.CONTRACT).orElseThrow();
        boolean unchanged = current.sha256().equals(contract.sha256());
        if (!unchanged) {
            files.keep(file, user, ContractStore.CONTRACT, contract, current.attachmentId());
        }
        notice.ifPresent(n -> {
            Optional<ContractStore.Source> old = store.currentSource(caseId, ContractStore.AWARD);
            if (old.map(o -> !o.sha256().equals(n.sha256())).orElse(true)) {
                files.keep(file, user, ContractStore.AWARD, n, old.map(ContractStore.Source::attachmentId).orElse(null));
            }
        });
        return new Revised(caseId, unchanged && notice.isEmpty(),
                readableCases(user, store.sameFileElsewhere(contract.sha256(), caseId)));
    }

    private List<String> readableCases(ZhibanUser user, List<ContractStore.Source> sources) {
        return sources.stream().map(ContractStore.Source::caseId).distinct()
                .filter(id -> caseFiles.find(id).map(f -> access.canRead(user, f)).orElse(false)).toList();
    }

    private String titleOf(ContractTexts.ReadFile file) {
        String parsed = parser.parse(file.text().text()).title();
        if (parsed != null && !parsed.isBlank()) {
            return ContractStore.truncate(parsed.strip(), 200);
        }
        String name = file.fileName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
