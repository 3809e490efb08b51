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
-- quotes_text_key alone. A quotation in n articles has at least n rows, so one
-- pass counts the rows per text_key and only the keys with min_articles rows or
-- more have their distinct articles counted, each from its own stretch of the
-- index; with min_articles below 2 every key qualifies and one grouping pass
-- counts them all. Outlets, speakers and wording are looked up only for the
-- quotations that can still make the first `limit` rows, those carried by at
-- least as many articles as the limit-th one.)
WITH keys AS MATERIALIZED (
    SELECT text_key, first_quote_id, articles
    FROM (SELECT c.text_key, c.first_id AS first_quote_id,
                 (SELECT count(*)
                  FROM (SELECT DISTINCT q.article_id
                        FROM quotes q INDEXED BY quotes_text_key
                        WHERE q.text_key = c.text_key
                          AND (:kind IS NULL OR q.kind = :kind))) AS articles
          FROM (SELECT q.text_key, min(q.id) AS first_id
                FROM quotes q INDEXED BY quotes_text_key
                WHERE coalesce(:min_articles, 2) >= 2
                  AND (:kind IS NULL OR q.kind = :kind)
                GROUP BY q.text_key
                HAVING count(*) >= coalesce(:min_articles, 2)) c)
    WHERE articles >= coalesce(:min_articles, 2)
    UNION ALL
    SELECT text_key, min(first_id), count(*)
    FROM (SELECT q.text_key, q.article_id, min(q.id) AS first_id
          FROM quotes q INDEXED BY quotes_text_key
          WHERE coalesce(:min_articles, 2) < 2
            AND (:kind IS NULL OR q.kind = :kind)
          GROUP BY q.text_key, q.article_id)
    GROUP BY text_key
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
-- each quotation's outlets, sorted, as one JSON array: read once, then counted and listed
shared AS MATERIALIZED (
    SELECT k.text_key, k.first_quote_id, k.articles,
           (SELECT json_group_array(source)
            FROM (SELECT DISTINCT a.source
                  FROM quotes q INDEXED BY quotes_text_key
                  JOIN article_sources a ON a.id = q.article_id
                  WHERE q.text_key = k.text_key
                    AND (:kind IS NULL OR q.kind = :kind)
                  ORDER BY 1)) AS outlets
    FROM keys k
    WHERE k.articles >= (SELECT articles FROM cut)
)
SELECT s.first_quote_id AS quote_id,
       (SELECT q.text FROM quotes q WHERE q.id = s.first_quote_id) AS quote,
       s.articles,
       json_array_length(s.outlets) AS sources,
       (SELECT group_concat(name, '; ')
        FROM (SELECT DISTINCT coalesce(e.name, q.speaker) AS name
              FROM quotes q INDEXED BY quotes_text_key
              LEFT JOIN entities e ON e.id = q.speaker_id
              WHERE q.text_key = s.text_key
                AND coalesce(e.name, q.speaker) IS NOT NULL
                AND (:kind IS NULL OR q.kind = :kind)
              ORDER BY 1)) AS speakers,
       (SELECT group_concat(o.value, '; ') FROM json_each(s.outlets) o) AS source_list
FROM shared s
ORDER BY s.articles DESC, sources DESC, quote, quote_id
LIMIT coalesce(:limit, 50);
