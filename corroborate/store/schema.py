"""The knowledge base's schema: one migration per version, tables both
backends share written once, each backend's own DDL beside them.

Version n of a store has run the first n migrations; ``Store.migrate``
applies the rest, each in a transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from .names import NAME_TABLES
from .names import TABLES as NAME_INDEX_TABLES


@dataclass(frozen=True)
class Migration:
    """One schema version: tables both backends share, then each one's own DDL."""

    tables: str
    sqlite: str = ""
    postgres: str = ""


COUNTED_TABLES = (
    "articles",
    "stories",
    "entities",
    "facts",
    "discrepancies",
    "designations",
)
"""The tables the overview and the ingest summary count. On PostgreSQL
migration 12 keeps their counts by triggers: a table added here needs a
migration of its own that adds its triggers and first count."""
COUNTED_BY = {"entities": "kind"}
"""A counted table's column whose values are counted apart (entities by kind)."""

ROW_COUNTS = """
    CREATE TABLE row_counts (
        tbl TEXT NOT NULL, kind TEXT NOT NULL, n BIGINT NOT NULL,
        PRIMARY KEY (tbl, kind)
    );
    CREATE FUNCTION count_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        EXECUTE format(
            'INSERT INTO %I.row_counts AS c SELECT %L, %s, %s * count(*)'
            ' FROM changed GROUP BY 2 ORDER BY 2'
            ' ON CONFLICT (tbl, kind) DO UPDATE SET n = c.n + excluded.n',
            TG_TABLE_SCHEMA, TG_TABLE_NAME, COALESCE(TG_ARGV[0], quote_literal('')),
            CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END
        );
        RETURN NULL;
    END
    $$;
    """ + "".join(
    f"""
    CREATE TRIGGER {table}_counted_in AFTER INSERT ON {table}
        REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION count_rows({COUNTED_BY.get(table, "")});
    CREATE TRIGGER {table}_counted_out AFTER DELETE ON {table}
        REFERENCING OLD TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION count_rows({COUNTED_BY.get(table, "")});
    INSERT INTO row_counts SELECT '{table}', {COUNTED_BY.get(table, "''")}, count(*)
        FROM {table} GROUP BY 2;
    """
    for table in COUNTED_TABLES
)
"""PostgreSQL's count of each counted table (and of entities by kind), kept by
statement triggers in the writing transaction: exact, and read in a
millisecond. The triggers come first, so no row written while the counts are
taken is missed."""

MIGRATIONS: tuple[Migration, ...] = (
    # 1: documents, articles, full-text search, annotation indexes
    Migration(
        tables="""
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, source_path TEXT NOT NULL, content_type TEXT NOT NULL,
            title TEXT, outlet TEXT, url TEXT, published TEXT, ingested_at TEXT NOT NULL
        );
        CREATE TABLE articles (
            rowid {serial}, id TEXT UNIQUE NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id),
            title TEXT, outlet TEXT, published TEXT, text TEXT NOT NULL,
            data TEXT NOT NULL, story_id TEXT
        );
        CREATE INDEX articles_document ON articles(document_id);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE mentions (
            article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            label TEXT NOT NULL, entity_id TEXT, extractor TEXT NOT NULL
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE TABLE dates (
            article_id TEXT NOT NULL, start INTEGER, "end" INTEGER, value TEXT,
            type TEXT, precision TEXT
        );
        CREATE INDEX dates_value ON dates(value);
        CREATE TABLE places (
            article_id TEXT NOT NULL, start INTEGER, "end" INTEGER, geonameid INTEGER,
            name TEXT, lat {real}, lon {real}, country TEXT
        );
        CREATE INDEX places_article ON places(article_id);
        """,
        sqlite="""
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END;
        """,
        postgres="""
        ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english', coalesce(title, '')), 'A')
            || setweight(to_tsvector('english', text), 'B')
        ) STORED;
        CREATE INDEX articles_search ON articles USING GIN (search);
        """,
    ),
    # 2: corpus-level records: entities, aliases, decisions, stories, facts
    Migration(
        tables="""
        CREATE TABLE entities (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL
        );
        CREATE TABLE aliases (
            entity_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
            article_id TEXT, start INTEGER, "end" INTEGER,
            first_seen TEXT, last_seen TEXT, count INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX aliases_entity ON aliases(entity_id);
        CREATE INDEX aliases_name ON aliases(name);
        CREATE TABLE decisions (
            id {serial}, created_at TEXT NOT NULL, data TEXT NOT NULL
        );
        CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, data TEXT NOT NULL);
        CREATE TABLE story_changes (
            id {serial}, created_at TEXT NOT NULL, data TEXT NOT NULL
        );
        CREATE TABLE facts (
            id TEXT PRIMARY KEY, story_id TEXT, kind TEXT, status TEXT, data TEXT NOT NULL
        );
        CREATE INDEX facts_story ON facts(story_id);
        CREATE TABLE discrepancies (
            id TEXT PRIMARY KEY, story_id TEXT, kind TEXT, data TEXT NOT NULL
        );
        CREATE TABLE designations (
            id {serial}, authority TEXT, organization TEXT, action TEXT,
            date TEXT, article_id TEXT, data TEXT NOT NULL
        );
        """,
    ),
    # 3: a user's confirm/reject/undo decisions on facts and discrepancies
    Migration(
        tables="""
        CREATE TABLE fact_decisions (
            id {serial}, created_at TEXT NOT NULL, data TEXT NOT NULL
        );
        """,
    ),
    # 4: the story clusterer's candidate index (store/story_index.py); no 'docs'
    # row where articles are in stories already: the next corpus run builds it
    Migration(
        tables="""
        CREATE TABLE story_index (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE story_features (feature TEXT PRIMARY KEY, df INTEGER NOT NULL);
        CREATE TABLE story_postings (
            feature TEXT NOT NULL, story_id TEXT NOT NULL,
            PRIMARY KEY (feature, story_id)
        );
        CREATE TABLE story_members (
            article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, published TEXT,
            logtf TEXT NOT NULL, norm {real} NOT NULL, norm_docs INTEGER NOT NULL
        );
        CREATE INDEX story_members_story ON story_members(story_id);
        CREATE TABLE story_buckets (
            bucket TEXT NOT NULL, article_id TEXT NOT NULL,
            PRIMARY KEY (bucket, article_id)
        );
        INSERT INTO story_index (name, value) SELECT 'docs', 0
        WHERE NOT EXISTS (SELECT 1 FROM articles WHERE story_id IS NOT NULL);
        """,
    ),
    # 5: the entity-resolution index (see store/names.py)
    Migration(tables=NAME_INDEX_TABLES),
    # 6: indexes the story page and the corpus stages read by
    Migration(
        tables="""
        CREATE INDEX discrepancies_story ON discrepancies(story_id);
        CREATE INDEX articles_story ON articles(story_id);
        """,
    ),
    # 7: the list pages read one page in their order (store/lists.py): each
    # story's number of articles beside it, entities by name and by kind
    Migration(
        tables="""
        ALTER TABLE stories ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX stories_size ON stories(article_count DESC, id);
        CREATE INDEX entities_name ON entities(name, id);
        CREATE INDEX entities_kind ON entities(kind, name, id);
        """,
        sqlite="""
        UPDATE stories SET article_count = json_array_length(data, '$.article_ids');
        """,
        postgres="""
        UPDATE stories SET article_count = jsonb_array_length(data::jsonb -> 'article_ids');
        """,
    ),
    # 8: an article's dates by article: rewriting its annotations (ingest, and
    # every article a corpus run changes) scanned the whole dates table
    Migration(tables="CREATE INDEX dates_article ON dates(article_id);"),
    # 9: blocks of consonant skeletons beside token prefixes (resolve/graph.py):
    # the resolution index is emptied, the next corpus run reads every article
    # again (as from a store before 5) and keeps the ids mentions carry
    Migration(tables="".join(f"DELETE FROM {table};\n" for table in NAME_TABLES)),
    # 10: each article's summary beside its annotations (store/base.py,
    # article_summary): the lists and the search page parsed every listed
    # article's annotations to count them (on PostgreSQL 20 of them took
    # 20-50 ms, most of a search)
    Migration(
        tables="ALTER TABLE articles ADD COLUMN summary TEXT;",
        sqlite="""
        UPDATE articles SET summary = json_object(
            'input_id', json_extract(data, '$.input_id'),
            'how', json_extract(data, '$.published.how'),
            'mentions', COALESCE(json_array_length(data, '$.mentions'), 0),
            'claims', COALESCE(json_array_length(data, '$.claims'), 0),
            'events', COALESCE(json_array_length(data, '$.events'), 0),
            'errors', COALESCE(json_array_length(data, '$.errors'), 0)
        );
        """,
        postgres="""
        UPDATE articles SET summary = (
            SELECT jsonb_build_object(
                'input_id', d ->> 'input_id',
                'how', d #>> '{published,how}',
                'mentions', COALESCE(jsonb_array_length(d -> 'mentions'), 0),
                'claims', COALESCE(jsonb_array_length(d -> 'claims'), 0),
                'events', COALESCE(jsonb_array_length(d -> 'events'), 0),
                'errors', COALESCE(jsonb_array_length(d -> 'errors'), 0)
            )::text
            FROM (SELECT data::jsonb AS d) AS parsed
        );
        """,
    ),
    # 11: the story clusterer counts the indexed articles of a day (cluster.py,
    # SAME_DAY_BONUS) through an index, not by scanning every member
    Migration(
        tables="CREATE INDEX story_members_published ON story_members(published);"
    ),
    # 12: on PostgreSQL, the rows of the counted tables (entities by kind) are
    # counted as they are written: ``count(*)`` reads every row there (the
    # overview's six counts took 120 ms at 100k articles, 486k entities)
    Migration(tables="", postgres=ROW_COUNTS),
    # 13: an entity's articles newest first (store/lists.py, entity_article_ids)
    # are read down an index of that order, each looked up among the entity's
    # mentions, and the first page is found without sorting all of them (an
    # entity of 40k articles took 140 ms at 100k on PostgreSQL)
    Migration(
        tables="""
        CREATE INDEX articles_newest ON articles(
            (published IS NULL), published DESC, rowid DESC
        );
        CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id);
        DROP INDEX mentions_entity;
        """
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

TABLES = (
    "documents",
    "articles",
    "mentions",
    "dates",
    "places",
    "entities",
    "aliases",
    "decisions",
    "stories",
    "story_changes",
    "facts",
    "discrepancies",
    "designations",
    "fact_decisions",
    *NAME_TABLES,
)
