package org.zhiban.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 法规知识库 API for every logged-in user: search, read an article, list statutes, verify citations, ask. */
@RestController
@RequestMapping("/api/knowledge")
class KnowledgeController {

    private final KnowledgeSearch search;
    private final ArticleReading reading;
    private final CitationVerification verification;
    private final PolicyQuestions questions;

    KnowledgeController(KnowledgeSearch search, ArticleReading reading, CitationVerification verification,
                        PolicyQuestions questions) {
        this.search = search;
        this.reading = reading;
        this.verification = verification;
        this.questions = questions;
    }

    @GetMapping("/search")
    @PreAuthorize("isAuthenticated()")
    List<KnowledgeSearch.Hit> search(@RequestParam(required = false) String q,
                                     @RequestParam(defaultValue = "10") int limit,
                                     @RequestParam(required = false) String statute,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                     @RequestParam(required = false) String level,
                                     @RequestParam(required = false) String tag) {
        return search.search(q, new KnowledgeSearch.Filters(statute, level, tag, asOf, limit));
    }

    @GetMapping("/articles/{statute}/{articleNo}")
    @PreAuthorize("isAuthenticated()")
    ArticleDetails article(@PathVariable String statute, @PathVariable String articleNo,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return reading.read(statute, articleNo, asOf);
    }

    @GetMapping("/statutes")
    @PreAuthorize("isAuthenticated()")
    List<KnowledgeSearch.StatuteSummary> statutes() {
        return search.statutes();
    }

    record VerifyRequest(String text, LocalDate asOf, String contextStatute) {
    }

    @PostMapping("/citations/verify")
    @PreAuthorize("isAuthenticated()")
    CitationVerification.Verification verify(@RequestBody VerifyRequest request) {
        return verification.verify(request.text(), request.asOf(), request.contextStatute());
    }

    record AskRequest(String question, String classification) {
    }

    @PostMapping("/ask")
    @PreAuthorize("isAuthenticated()")
    PolicyAnswer ask(@RequestBody AskRequest request) {
        return questions.ask(request.question(), request.classification());
    }
}
