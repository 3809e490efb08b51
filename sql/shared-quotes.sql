-- name: shared-quotes
-- description: Quotations carried by more than one article, with who said them and which outlets ran them
-- param: kind: full or partial; both when not given
-- param: min_articles = 2: leave out quotations found in fewer articles than this
-- param: limit = 50: how many quotations to show; -1 for all
-- Quotations are grouped on quotes.text_key, the quoted text with case and
-- punctuation folded, so the same words match across outlets whatever marks
-- or capitals each used. One row per quotation: `quote` is the first stored
-- wording, `articles` and `sources` count the distinct articles and outlets
-- carrying it, `speakers` lists the distinct speakers it was attributed to
-- (canonical name when known, else as written; unattributed copies add
-- nothing) and `source_list` the outlets, both sorted and joined with "; ".
-- Short partial quotes ("road map") can be shared by unrelated stories;
-- filter with kind=full to see only whole quoted utterances.
-- (Speed: the articles per quotation are counted from the covering index
-- quotes_text_key alone; outlets, speakers and wording are looked up only for
-- the quotations that can still make the first `limit` rows, those carried by
-- at least as many articles as the limit-th one.)
WITH keys AS MATERIALIZED (
    SELECT text_key, min(first_id) AS first_quote_id, count(*) AS articles
    FROM (SELECT q.text_key, q.article_id, min(q.id) AS first_id
          FROM quotes q INDEXED BY quotes_text_key
          WHERE :kind IS NULL OR q.kind = :kind
          GROUP BY q.text_key, q.article_id)
    GROUP BY text_key
    HAVING count(*) >= coalesce(:min_articles, 2)
),
cut AS MATERIALIZED (
    SELECT CASE WHEN coalesce(:limit, 50) < 0 THEN 0
                ELSE coalesce((SELECT articles FROM keys ORDER BY articles DESC
                               LIMIT 1 OFFSET coalesce(:limit, 50) - 1), 0)
           END AS articles
),
-- article -> outlet, from the small index articles_source rather than the articles table,
-- whose rows carry the whole text
article_sources AS MATERIALIZED (
    SELECT a.id, a.source FROM articles a INDEXED BY articles_source WHERE a.source IS NOT NULL
),
shared AS (
    SELECT k.text_key, k.first_quote_id, k.articles,
           (SELECT count(DISTINCT a.source)
            FROM quotes q INDEXED BY quotes_text_key
            JOIN article_sources a ON a.id = q.article_id
            WHERE q.text_key = k.text_key
              AND (:kind IS NULL OR q.kind = :kind)) AS sources
    FROM keys k
    WHERE k.articles >= (SELECT articles FROM cut)
)
SELECT s.first_quote_id AS quote_id,
       (SELECT q.text FROM quotes q WHERE q.id = s.first_quote_id) AS quote,
       s.articles,
       s.sources,
       (SELECT group_concat(name, '; ')
        FROM (SELECT DISTINCT coalesce(e.name, q.speaker) AS name
              FROM quotes q INDEXED BY quotes_text_key
              LEFT JOIN entities e ON e.id = q.speaker_id
              WHERE q.text_key = s.text_key
                AND coalesce(e.name, q.speaker) IS NOT NULL
                AND (:kind IS NULL OR q.kind = :kind)
              ORDER BY 1)) AS speakers,
       (SELECT group_concat(source, '; ')
        FROM (SELECT DISTINCT a.source
              FROM quotes q INDEXED BY quotes_text_key
              JOIN article_sources a ON a.id = q.article_id
              WHERE q.text_key = s.text_key
                AND (:kind IS NULL OR q.kind = :kind)
              ORDER BY 1)) AS source_list
FROM shared s
ORDER BY s.articles DESC, s.sources DESC, quote, quote_id
LIMIT coalesce(:limit, 50);
