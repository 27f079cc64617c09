<?php
// A worker-lifetime feed poller keeps a generator over its own buffered entries in a property and takes only the first few entries of it per request.

final class FeedEntry
{
    public function __construct(
        public readonly string $guid,
        public readonly string $title,
        public readonly string $summary,
    ) {}
}

final class FeedPoller
{
    /** @var list<FeedEntry> */
    private array $buffer = [];
    private ?Generator $pending = null;
    private int $emitted = 0;

    public function __construct(private string $feedUrl, private int $batchSize = 3) {}

    public function receive(array $rawItems): void
    {
        $this->buffer = [];
        foreach ($rawItems as $item) {
            $this->buffer[] = new FeedEntry($item['guid'], $item['title'], $item['summary']);
        }
        $this->pending = $this->entries();
    }

    private function entries(): Generator
    {
        foreach ($this->buffer as $entry) {
            $this->emitted++;
            yield $entry->guid => $entry;
        }
    }

    /** @return list<FeedEntry> */
    public function nextBatch(): array
    {
        $batch = [];
        while ($this->pending !== null && $this->pending->valid() && count($batch) < $this->batchSize) {
            $batch[] = $this->pending->current();
            $this->pending->next();
        }
        return $batch;
    }

    public function emitted(): int
    {
        return $this->emitted;
    }
}

final class Notifier
{
    public int $sent = 0;

    public function push(FeedEntry $entry): void
    {
        $this->sent += strlen($entry->title) > 0 ? 1 : 0;
    }
}

function fetchFeed(int $tick): array
{
    $items = [];
    for ($i = 0; $i < 8; $i++) {
        $items[] = [
            'guid' => "urn:feed:{$tick}:{$i}",
            'title' => "Release {$tick}.{$i}",
            'summary' => str_repeat("Changelog for {$tick}.{$i}. ", 5),
        ];
    }
    return $items;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$poller = new FeedPoller('https://example.com/releases.atom');
$notifier = new Notifier();

for ($tick = 0; $tick < $n; $tick++) {
    $poller->receive(fetchFeed($tick));
    foreach ($poller->nextBatch() as $entry) {
        $notifier->push($entry);
    }
}
