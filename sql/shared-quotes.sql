-- name: shared-quotes
-- description: Quotations carried by more than one article, with who said them and which outlets ran them
-- param: kind: full or partial; both when not given
-- param: min_articles = 2: leave out quotations found in fewer articles than this
-- param: limit = 50: how many quotations to show
-- Quotations are grouped on quotes.text_key, the quoted text with case and
-- punctuation folded, so the same words match across outlets whatever marks
-- or capitals each used. One row per quotation: `quote` is the first stored
-- wording, `articles` and `sources` count the distinct articles and outlets
-- carrying it, `speakers` lists the distinct speakers it was attributed to
-- (canonical name when known, else as written; unattributed copies add
-- nothing) and `source_list` the outlets, both sorted and joined with "; ".
-- Short partial quotes ("road map") can be shared by unrelated stories;
-- filter with kind=full to see only whole quoted utterances.
WITH shared AS (
    SELECT q.text_key,
           min(q.id) AS first_quote_id,
           count(DISTINCT q.article_id) AS articles,
           count(DISTINCT a.source) AS sources
    FROM quotes q
    JOIN articles a ON a.id = q.article_id
    WHERE :kind IS NULL OR q.kind = :kind
    GROUP BY q.text_key
    HAVING count(DISTINCT q.article_id) >= coalesce(:min_articles, 2)
)
SELECT s.first_quote_id AS quote_id,
       (SELECT q.text FROM quotes q WHERE q.id = s.first_quote_id) AS quote,
       s.articles,
       s.sources,
       (SELECT group_concat(name, '; ')
        FROM (SELECT DISTINCT coalesce(e.name, q.speaker) AS name
              FROM quotes q
              LEFT JOIN entities e ON e.id = q.speaker_id
              WHERE q.text_key = s.text_key
                AND coalesce(e.name, q.speaker) IS NOT NULL
                AND (:kind IS NULL OR q.kind = :kind)
              ORDER BY 1)) AS speakers,
       (SELECT group_concat(source, '; ')
        FROM (SELECT DISTINCT a.source
              FROM quotes q
              JOIN articles a ON a.id = q.article_id
              WHERE q.text_key = s.text_key
                AND a.source IS NOT NULL
                AND (:kind IS NULL OR q.kind = :kind)
              ORDER BY 1)) AS source_list
FROM shared s
ORDER BY s.articles DESC, s.sources DESC, quote, quote_id
LIMIT coalesce(:limit, 50);
