package org.zhiban.document.writing;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiban.ai.AiAssistant;
import org.zhiban.ai.AiRequest;
import org.zhiban.ai.AiResult;
import org.zhiban.ai.AiSuggestions;
import org.zhiban.ai.AiTask;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Classification;
import org.zhiban.shared.Refusal;

/**
 * 拟稿 with the AI layer: drafts a body in the 文种's structure, or polishes a passage. Without a model (none
 * configured, the data too classified for any, or the model failing) the answer is the filled template, or the
 * passage with only its common wrong words corrected — and the result says so. For a case, the suggestion is kept
 * with it: completing the 拟稿 task then records whether the drafter accepted, edited or discarded it.
 */
@Service
public class DocumentWriter {

    static final int MAX_SELECTION = 20_000;
    static final int MAX_INSTRUCTION = 500;
    static final String DEFAULT_INSTRUCTION = "使语言更加规范、准确、简练，符合公文语体";

    private final AiAssistant assistant;
    private final DocumentTemplates templates;
    private final DraftingCases cases;
    private final AiSuggestions suggestions;
    private final WordingTidy tidy;
    private final TransactionTemplate transaction;

    DocumentWriter(AiAssistant assistant, DocumentTemplates templates, DraftingCases cases, AiSuggestions suggestions,
                   WordingTidy tidy, PlatformTransactionManager transactions) {
        this.assistant = assistant;
        this.templates = templates;
        this.cases = cases;
        this.suggestions = suggestions;
        this.tidy = tidy;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param result         the text with how it came about (model, or fallback and why)
     * @param suggestionId   the kept suggestion, when written for a case; null otherwise
     * @param attachmentNote the 附件说明 for the draft's attachments, or null
     * @param template       the template form the draft follows, e.g. 通知·事项通知; null for a polish
     * @param corrections    for a polish without a model: the wrong words corrected (帐本→账本); else empty
     */
    public record Written(AiResult<String> result, String suggestionId, String attachmentNote, String template,
                          List<String> corrections) {
    }

    /**
     * A body for {@code in}. The form and direction are checked before anything is sent: a 请示 going down is
     * refused, not drafted.
     *
     * @param caseId    the case drafted for, or null for a draft of the officer's own
     * @param requested the classification the officer gives the material; a case's own is never lowered
     */
    public Written draft(ZhibanUser user, String caseId, DraftInputs in, Classification requested) {
        DraftingCases.Bound bound = caseId == null ? null : cases.bind(user, caseId);
        DocumentTemplates.Filled filled = templates.fill(in);
        DraftPrompt prompt = new DraftPrompt(filled, templates.preview(filled.template()));
        AiRequest request = prompt.request(in, level(requested, bound));
        AiResult<String> result = assistant.write(bound == null ? request : request.forCase(caseId), filled::text);
        return new Written(result, keep(bound, AiTask.DRAFT_DOCUMENT, result), filled.attachmentNote(),
                prompt.templateName(), List.of());
    }

    /** The passage reworded as asked; without a model, the passage with its common wrong words corrected. */
    public Written polish(ZhibanUser user, String caseId, String selection, String instruction,
                          Classification requested) {
        if (selection == null || selection.isBlank()) {
            throw Refusal.invalid("document.polish.empty", "请选择要润色的文字 / nothing selected to polish");
        }
        if (selection.length() > MAX_SELECTION) {
            throw Refusal.invalid("document.polish.tooLong", "一次润色不超过2万字 / at most 20,000 characters at once",
                    MAX_SELECTION);
        }
        String asked = instruction == null || instruction.isBlank() ? DEFAULT_INSTRUCTION : instruction.strip();
        if (asked.length() > MAX_INSTRUCTION) {
            throw Refusal.invalid("document.polish.instructionTooLong", "润色要求不超过500字 / the instruction is too long",
                    MAX_INSTRUCTION);
        }
        DraftingCases.Bound bound = caseId == null ? null : cases.bind(user, caseId);
        WordingTidy.Tidied tidied = tidy.tidy(selection);
        // the selection may hold text pasted from anywhere: it is material, fenced, never instructions
        AiRequest request = AiRequest.of(AiTask.POLISH_TEXT, level(requested, bound)).with("instruction", asked)
                .material("待润色文字", selection);
        AiResult<String> result = assistant.write(bound == null ? request : request.forCase(caseId), tidied::text);
        return new Written(result, keep(bound, AiTask.POLISH_TEXT, result), null, null,
                result.fallback() ? tidied.corrections() : List.of());
    }

    /** What the officer is told about a fallback, beside the AI layer's notice (未配置模型 …). */
    public static String fallbackNote(Written w) {
        if (!w.result().fallback()) {
            return null;
        }
        if (w.template() != null) {
            return "已按「" + w.template() + "」模板生成，〔待补充〕处请补充完整";
        }
        return w.corrections().isEmpty() ? "未作润色，原文未改动"
                : "未作润色，仅按常见错字错词表改正：" + w.corrections().stream().collect(Collectors.joining("、"));
    }

    private static Classification level(Classification requested, DraftingCases.Bound bound) {
        if (bound == null) {
            return requested == null ? Classification.INTERNAL : requested;
        }
        return requested == null ? bound.classification() : requested.atLeastThat(bound.classification());
    }

    /** The suggestion and its ledger record in one transaction: the event registry keeps only events inside one. */
    private String keep(DraftingCases.Bound bound, AiTask task, AiResult<String> result) {
        if (bound == null) {
            return null;
        }
        return transaction.execute(status -> suggestions.add(bound.file(), bound.file().processInstanceId(),
                bound.activityId(), task, DraftingCases.BODY, result));
    }
}
