-- name: unnamed-speakers
-- description: Speakers that were never resolved to a named person ("a senior official", "the ministry")
-- param: limit = 50: how many speakers to show
-- Quotes not linked to a person entity, grouped by the speaker as written
-- (ignoring case). Pronouns ("he", "she") appear here when no earlier person
-- could be found for them. Useful for judging attribution and for anonymous
-- sourcing ("officials said"). `speaker` is the spelling that sorts first;
-- quotes with no speaker at all are counted in a row whose `speaker` is NULL.
SELECT min(q.speaker) AS speaker,
       count(*) AS quotes,
       count(DISTINCT q.article_id) AS articles,
       count(DISTINCT a.source) AS sources
FROM quotes q
JOIN articles a ON a.id = q.article_id
WHERE q.speaker_id IS NULL
GROUP BY lower(q.speaker)
ORDER BY quotes DESC, articles DESC, speaker IS NULL, speaker
LIMIT coalesce(:limit, 50);
