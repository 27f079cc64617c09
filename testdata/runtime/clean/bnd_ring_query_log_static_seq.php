<?php
// A CMS database layer keeps the last 64 SQL statements in a static ring buffer at `$buf[$seq % 64]`.

final class QueryLog
{
    private static array $buf = [];
    private static int $seq = 0;

    public static function remember(string $sql, array $bindings): void
    {
        $seq = self::$seq++;
        self::$buf[$seq % 64] = [
            'sql' => $sql,
            'bindings' => $bindings,
            'trace' => str_repeat('#0 Repository->find() ', 30),
        ];
    }

    public static function recent(): array
    {
        return self::$buf;
    }
}

final class PageRepository
{
    public function findBySlug(string $slug): array
    {
        QueryLog::remember('SELECT * FROM pages WHERE slug = ? AND published = 1', [$slug]);
        return ['slug' => $slug, 'title' => ucfirst($slug)];
    }
}

function render_page(PageRepository $pages, int $i): string
{
    $page = $pages->findBySlug("about-us-{$i}");
    return '<h1>' . htmlspecialchars($page['title']) . '</h1>';
}

$pages = new PageRepository();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    render_page($pages, $i);
}
