<?php
// A wiki's document history endpoint loads the revisions of a page for each request and attaches a restore hook to every revision that computes the change summary against the revision before it.

final class Revision
{
    /** @var list<callable(Revision): array> */
    private array $restoreHooks = [];

    public function __construct(
        public readonly int $number,
        public readonly string $author,
        public readonly string $content,
        public readonly int $createdAt,
    ) {}

    public function onRestore(callable $hook): void
    {
        $this->restoreHooks[] = $hook; // leak
    }

    public function restorePreview(): array
    {
        $notes = [];
        foreach ($this->restoreHooks as $hook) {
            $notes[] = $hook($this);
        }
        return $notes;
    }
}

final class RevisionStore
{
    public function forPage(int $pageId, int $limit): array
    {
        $rows = [];
        for ($r = 1; $r <= $limit; $r++) {
            $rows[] = [
                'number' => $r,
                'author' => 'editor' . (($pageId + $r) % 9),
                'content' => "== Page {$pageId} ==\n" . str_repeat("Paragraph revised in r{$r}. ", 3 + $r * 8),
                'created_at' => 1700000000 + $pageId * 60 + $r,
            ];
        }
        return $rows;
    }
}

final class DiffSummarizer
{
    public static function summarize(string $from, string $to): array
    {
        $a = explode('. ', $from);
        $b = explode('. ', $to);
        return ['added' => max(0, count($b) - count($a)), 'removed' => max(0, count($a) - count($b)), 'bytes' => strlen($to) - strlen($from)];
    }
}

final class HistoryController
{
    public static ?RevisionStore $store = null;

    public static function show(int $pageId): array
    {
        $revisions = [];
        $previous = null;
        foreach (self::$store->forPage($pageId, 3) as $row) {
            $revision = new Revision($row['number'], $row['author'], $row['content'], $row['created_at']);
            $revision->onRestore(function (Revision $target) use (&$previous): array { // leak
                return $previous === null
                    ? ['initial' => true]
                    : DiffSummarizer::summarize($previous->content, $target->content) + ['since' => $previous->number];
            });
            $revisions[] = $revision;
            $previous = $revision; // leak
        }

        $view = [];
        foreach ($revisions as $revision) {
            $view[] = sprintf('r%d by %s at %s', $revision->number, $revision->author, date('Y-m-d H:i', $revision->createdAt));
        }
        return ['page' => $pageId, 'revisions' => $view, 'latest_restore' => end($revisions)->restorePreview()];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
HistoryController::$store = new RevisionStore();
for ($i = 0; $i < $n; $i++) {
    HistoryController::show(400 + $i % 25);
}
