-- name: articles-per-source
-- description: How many articles, words, mentions and quotes each outlet contributed
-- One row per source (the outlet named in the article's front matter, or
-- inferred from its text); articles whose source is unknown are counted in a
-- row whose `source` is NULL. `files` counts input files, so it exceeds
-- `articles` when the same text was stored from several paths. `words` is the
-- sum of the articles' word counts. `first_published` and `last_published`
-- compare the publication dates as text, which is chronological only when
-- they are ISO 8601 (YYYY-MM-DD).
SELECT source,
       count(*) AS articles,
       sum(files) AS files,
       sum(word_count) AS words,
       sum(mentions) AS mentions,
       sum(quotes) AS quotes,
       min(published) AS first_published,
       max(published) AS last_published
FROM article_summary
GROUP BY source
ORDER BY articles DESC, source IS NULL, source;
