<?php
// A CMS router registers its taxonomies (category, tag, topic) at boot; each request checks the path's taxonomy slug against the registry with isset() before memoising that taxonomy's archive query under the slug.

final class TaxonomyRegistry
{
    /** @var array<string, array{label: string, table: string}> */
    private array $taxonomies = [];
    /** @var array<string, string> */
    private array $archiveQueries = [];

    public function register(string $slug, string $label, string $table): void
    {
        $this->taxonomies[$slug] = ['label' => $label, 'table' => $table];
    }

    public function exists(string $slug): bool
    {
        return isset($this->taxonomies[$slug]);
    }

    public function archiveQuery(string $slug): string
    {
        return $this->archiveQueries[$slug] ??= sprintf(
            'SELECT p.* FROM posts p JOIN %1$s t ON t.post_id = p.id WHERE t.slug = :term AND p.status = \'publish\' /* %2$s archive %3$s */ ORDER BY p.published_at DESC',
            $this->taxonomies[$slug]['table'],
            $this->taxonomies[$slug]['label'],
            str_repeat('-', 600),
        );
    }
}

function route_archive(TaxonomyRegistry $registry, string $path): array
{
    [$taxonomy, $term] = array_pad(explode('/', trim($path, '/'), 2), 2, '');
    if (!$registry->exists($taxonomy)) {
        return [404, null];
    }
    return [200, ['sql' => $registry->archiveQuery($taxonomy), 'term' => $term]];
}

$registry = new TaxonomyRegistry();
$registry->register('category', 'Category', 'post_categories');
$registry->register('tag', 'Tag', 'post_tags');
$registry->register('topic', 'Topic', 'post_topics');

$prefixes = ['category', 'tag', 'topic', 'author'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    route_archive($registry, '/' . $prefixes[$i % 4] . "/term-{$i}");
}
