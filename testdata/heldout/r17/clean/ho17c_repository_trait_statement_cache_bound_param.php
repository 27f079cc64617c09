<?php

declare(strict_types=1);

namespace App\Database;

final class Statement
{
    /** @var list<string> */
    public readonly array $placeholders;

    /** The SQL sent to the server, named placeholders rewritten to positional ones. */
    public readonly string $positionalSql;

    /** @var list<string> result column names, used to hydrate rows */
    public readonly array $columns;

    public function __construct(public readonly string $sql, private readonly Connection $connection)
    {
        preg_match_all('/:(\w+)/', $sql, $m);
        $this->placeholders = $m[1];
        $this->positionalSql = (string) preg_replace('/:\w+/', '?', $sql);
        preg_match('/^SELECT (.+?) FROM /s', $sql, $select);
        $this->columns = array_map(static fn (string $c): string => trim((string) preg_replace('/^\s*\w+\./', '', $c)), explode(',', $select[1] ?? ''));
    }

    /** @return list<array<string, scalar>> */
    public function execute(array $params = []): array
    {
        return $this->connection->run($this->sql, $params);
    }
}

final class Connection
{
    /** @param array<string, array<string, scalar>> $articles fixture rows by slug */
    public function __construct(private readonly array $articles)
    {
    }

    public function prepare(string $sql): Statement
    {
        return new Statement($sql, $this);
    }

    public function quote(string $value): string
    {
        return "'" . str_replace("'", "''", $value) . "'";
    }

    /** @return list<array<string, scalar>> */
    public function run(string $sql, array $params): array
    {
        $slug = $params['slug'] ?? (preg_match("/slug = '([^']*)'/", $sql, $m) ? str_replace("''", "'", $m[1]) : null);

        return isset($this->articles[$slug]) ? [$this->articles[$slug]] : [];
    }
}

/**
 * Prepared statements are expensive on the server side, so repositories
 * share them for the whole worker lifetime.
 */
trait CachesStatements
{
    /** @var array<string, Statement> */
    private static array $statements = [];

    abstract protected function connection(): Connection;

    protected function statement(string $sql): Statement
    {
        return self::$statements[$sql] ??= $this->connection()->prepare($sql);
    }
}

namespace App\Blog;

use App\Database\CachesStatements;
use App\Database\Connection;

final class Article
{
    public function __construct(
        public readonly int $id,
        public readonly string $slug,
        public readonly string $title,
        public readonly string $body,
    ) {
    }
}

final class ArticleRepository
{
    use CachesStatements;

    private const COLUMNS = 'a.id, a.slug, a.title, a.body, a.published_at, a.updated_at, a.author_id, '
        . 'a.cover_image, a.reading_time, a.meta_description, a.canonical_url, a.locale';

    public function __construct(private readonly Connection $db)
    {
    }

    protected function connection(): Connection
    {
        return $this->db;
    }

    public function findPublishedBySlug(string $slug): ?Article
    {
        $sql = 'SELECT ' . self::COLUMNS . ' FROM article a'
            . ' INNER JOIN author u ON u.id = a.author_id'
            . ' WHERE a.slug = :slug'
            . ' AND a.published_at <= CURRENT_TIMESTAMP AND a.deleted_at IS NULL LIMIT 1';

        $rows = $this->statement($sql)->execute(['slug' => $slug]);
        if ($rows === []) {
            return null;
        }

        return new Article((int) $rows[0]['id'], (string) $rows[0]['slug'], (string) $rows[0]['title'], (string) $rows[0]['body']);
    }
}

final class ArticleController
{
    public function __construct(private readonly ArticleRepository $articles)
    {
    }

    public function show(string $slug): array
    {
        $article = $this->articles->findPublishedBySlug($slug);
        if ($article === null) {
            return [404, 'Not found'];
        }

        return [200, "<article><h1>{$article->title}</h1>{$article->body}</article>"];
    }
}

namespace App;

use App\Blog\ArticleController;
use App\Blog\ArticleRepository;
use App\Database\Connection;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$fixtures = [];
foreach (['why-we-moved-to-octane', 'postgres-partitioning-in-practice', 'observability-on-a-budget'] as $k => $slug) {
    $fixtures[$slug] = ['id' => $k + 1, 'slug' => $slug, 'title' => ucwords(str_replace('-', ' ', $slug)), 'body' => '<p>...</p>'];
}

$controller = new ArticleController(new ArticleRepository(new Connection($fixtures)));

for ($i = 0; $i < $n; $i++) {
    // Crawlers and typo'd links hit slugs that do not exist as often as real ones.
    $slug = $i % 2 === 0 ? array_keys($fixtures)[$i % 3] : "observability-on-a-budget-{$i}?utm_source=newsletter";
    [$status, $body] = $controller->show($slug);
}
