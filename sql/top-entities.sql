-- name: top-entities
-- description: The most-mentioned people, organizations and places, by articles and by mentions
-- param: kind: person, organization, place, nationality or event; all kinds when not given
-- param: by = articles: rank by "articles" (how many articles name the entity) or "mentions" (how often it is named)
-- param: limit = 20: how many entities to show
-- One row per entity that is mentioned at least once. `articles` counts the
-- distinct articles that name it; `mentions` counts every time it is named,
-- under any of its aliases. Ties are broken by the other count, then by name.
SELECT entity_id,
       name,
       kind,
       articles,
       mentions
FROM entity_counts
WHERE mentions > 0
  AND (:kind IS NULL OR kind = :kind)
ORDER BY CASE WHEN :by = 'mentions' THEN mentions ELSE articles END DESC,
         CASE WHEN :by = 'mentions' THEN articles ELSE mentions END DESC,
         name,
         entity_id
LIMIT coalesce(:limit, 20);
