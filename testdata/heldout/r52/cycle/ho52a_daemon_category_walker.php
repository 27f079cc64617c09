<?php
// bin/catalog-indexer: a supervisor-managed daemon that pops catalog import
// jobs from a queue and rebuilds the breadcrumb index for each catalog.

final class CatalogImportJob
{
    public function __construct(
        public readonly string $catalogId,
        public readonly string $locale,
        public readonly array $tree,
    ) {
    }
}

final class JobQueue
{
    private int $popped = 0;

    public function __construct(private int $limit)
    {
    }

    public function pop(): ?CatalogImportJob
    {
        if ($this->popped >= $this->limit) {
            return null;
        }
        $i = $this->popped++;
        $leaf = static fn (string $name, int $n) => ['name' => $name, 'slug' => strtolower(str_replace(' ', '-', $name)), 'products' => $n, 'children' => []];
        return new CatalogImportJob("cat-{$i}", 'en_GB', [
            ['name' => 'Garden', 'slug' => 'garden', 'products' => 0, 'children' => [
                $leaf('Lawn Mowers', 12 + $i % 5),
                $leaf('Hoses and Reels', 31),
                ['name' => 'Furniture', 'slug' => 'furniture', 'products' => 0, 'children' => [
                    $leaf('Benches', 8),
                    $leaf('Parasols', 14),
                ]],
            ]],
            ['name' => 'Kitchen', 'slug' => 'kitchen', 'products' => 0, 'children' => [
                $leaf('Knives', 40),
                $leaf('Cookware Sets', 9 + $i % 3),
            ]],
        ]);
    }
}

final class BreadcrumbIndex
{
    /** @var array<string, int> */
    private array $sizes = [];

    public function replace(string $catalogId, array $paths): void
    {
        // One index row per catalog; rewritten on every import.
        $this->sizes['last'] = count($paths);
    }
}

final class CategoryPathBuilder
{
    /**
     * Flattens a category tree into "slug/slug/slug" => "Name > Name > Name".
     *
     * @return array<string, string>
     */
    public function build(CatalogImportJob $job): array
    {
        $paths = [];
        $walk = function (array $nodes, string $slugPrefix, string $namePrefix) use (&$walk, &$paths, $job): void { // leak
            foreach ($nodes as $node) {
                $slug = ltrim("{$slugPrefix}/{$node['slug']}", '/');
                $name = $namePrefix === '' ? $node['name'] : "{$namePrefix} > {$node['name']}";
                $paths["{$job->locale}:{$slug}"] = $name;
                if ($node['children'] !== []) {
                    $walk($node['children'], $slug, $name);
                }
            }
        };
        $walk($job->tree, '', '');

        return $paths;
    }
}

final class CatalogIndexer
{
    public function __construct(private CategoryPathBuilder $paths, private BreadcrumbIndex $index)
    {
    }

    public function handle(CatalogImportJob $job): void
    {
        $this->index->replace($job->catalogId, $this->paths->build($job));
    }
}

$queue = new JobQueue((int) (getenv('PHPLEAK_N') ?: 100));
$indexer = new CatalogIndexer(new CategoryPathBuilder(), new BreadcrumbIndex());

$running = true;
while ($running && ($job = $queue->pop()) !== null) {
    $indexer->handle($job);
    unset($job);
}
