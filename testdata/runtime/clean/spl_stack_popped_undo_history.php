<?php
// A page editor singleton pushes an undo snapshot per save onto an SplStack and pops it when the request commits the save.

final class Snapshot
{
    public function __construct(public readonly int $pageId, public readonly string $html, public readonly string $author) {}
}

final class UndoHistory
{
    private static ?self $instance = null;
    private SplStack $snapshots;

    private function __construct()
    {
        $this->snapshots = new SplStack();
    }

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function record(Snapshot $snapshot): void
    {
        $this->snapshots->push($snapshot);
    }

    public function commit(): ?Snapshot
    {
        return $this->snapshots->isEmpty() ? null : $this->snapshots->pop();
    }
}

final class PageEditor
{
    public function save(int $pageId, string $html, string $author): array
    {
        UndoHistory::instance()->record(new Snapshot($pageId, $html, $author));
        $committed = UndoHistory::instance()->commit();
        return ['saved' => $committed !== null];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$editor = new PageEditor();
for ($i = 0; $i < $n; $i++) {
    $editor->save($i % 12, '<section>' . str_repeat('<p>paragraph</p>', 45) . '</section>', 'editor');
}
