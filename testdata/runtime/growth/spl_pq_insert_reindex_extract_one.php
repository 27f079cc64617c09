<?php
// A search indexer singleton inserts two reindex tasks per request into an SplPriorityQueue but extracts only one.

final class ReindexTask
{
    public function __construct(public readonly string $index, public readonly int $docId, public readonly string $document) {}
}

final class SearchIndexer
{
    private static ?self $instance = null;
    private SplPriorityQueue $pending;
    public int $indexed = 0;

    private function __construct()
    {
        $this->pending = new SplPriorityQueue();
    }

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function schedule(ReindexTask $task, int $priority): void
    {
        $this->pending->insert($task, $priority); // leak
    }

    public function tick(): void
    {
        if (!$this->pending->isEmpty()) {
            $this->pending->extract();
            $this->indexed++;
        }
    }
}

function updateArticle(int $id): void
{
    $doc = json_encode(['title' => "Article {$id}", 'body' => str_repeat('search me ', 70)]);
    SearchIndexer::instance()->schedule(new ReindexTask('articles', $id, $doc), 10);
    SearchIndexer::instance()->schedule(new ReindexTask('sitemap', $id, $doc), 1);
    SearchIndexer::instance()->tick();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    updateArticle($i);
}
