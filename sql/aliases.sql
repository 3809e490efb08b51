-- name: aliases
-- description: Entities written in more than one way, with every form seen
-- param: kind: person, organization, place, nationality or event; all kinds when not given
-- param: min_aliases = 2: leave out entities with fewer distinct surface forms than this
-- Shows how spellings were merged into one entity ("Zelensky", "Zelenskyi",
-- "Volodymyr Zelenskyy"): check it after an ingest to spot wrong merges, or
-- run it with min_aliases=1 to list every entity. `aliases` is sorted and
-- joined with "; "; `key` is the normalised identity key the forms share.
SELECT e.id AS entity_id,
       e.name,
       e.kind,
       e.key,
       count(*) AS alias_count,
       (SELECT group_concat(alias, '; ')
        FROM (SELECT x.alias FROM entity_aliases x
              WHERE x.entity_id = e.id ORDER BY x.alias)) AS aliases
FROM entities e
JOIN entity_aliases ea ON ea.entity_id = e.id
WHERE :kind IS NULL OR e.kind = :kind
GROUP BY e.id
HAVING count(*) >= coalesce(:min_aliases, 2)
ORDER BY alias_count DESC, e.name, e.id;
