<?php
// The same CMS taxonomy registry, but the router memoises the archive query under the first path segment without checking it against the registered taxonomies, so every unknown slug in a URL adds an entry.

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

    public function archiveQuery(string $slug): string
    {
        return $this->archiveQueries[$slug] ??= sprintf( // leak
            'SELECT p.* FROM posts p JOIN %1$s t ON t.post_id = p.id WHERE t.slug = :term AND p.status = \'publish\' /* %2$s archive %3$s */ ORDER BY p.published_at DESC',
            $this->taxonomies[$slug]['table'] ?? 'post_terms',
            $this->taxonomies[$slug]['label'] ?? ucfirst($slug),
            str_repeat('-', 600),
        );
    }
}

function route_archive(TaxonomyRegistry $registry, string $path): array
{
    [$taxonomy, $term] = array_pad(explode('/', trim($path, '/'), 2), 2, '');
    return [200, ['sql' => $registry->archiveQuery($taxonomy), 'term' => $term]];
}

$registry = new TaxonomyRegistry();
$registry->register('category', 'Category', 'post_categories');
$registry->register('tag', 'Tag', 'post_tags');
$registry->register('topic', 'Topic', 'post_topics');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    route_archive($registry, "/spring-sale-{$i}/page-2");
}
