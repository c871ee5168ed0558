package org.zhiban.ai;

import java.util.List;

/** Citation verification, provided by the knowledge base: every law citation in a text, checked. */
public interface LawCitations {

    List<AiCitation> check(String text);
}
