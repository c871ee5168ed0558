-- 条文向量: one embedding per article version for hybrid retrieval, beside the articles; `model` is the embedding
-- model's fingerprint (name:model), so a changed model rebuilds them. The vector is float32 little-endian, base64.
create table kb_article_vector (
    article_id varchar(220) primary key,
    model      varchar(200) not null,
    dimensions integer      not null,
    vector     varchar(60000) not null
);
