<?php
// A consumer takes jobs from an in-memory stand-in of a Redis list. The
// producer pushes under the queue's name, the consumer pops under the
// same name: both read it from one constant.

const QUEUE = 'queue:thumbnails';

final class ListStore
{
    /** @var array<string, list<string>> */
    private array $lists = [];

    public function push(string $queue, string $payload): int
    {
        $this->lists[$queue][] = $payload;

        return count($this->lists[$queue]);
    }

    public function pop(string $list): ?string
    {
        if (empty($this->lists[$list])) {
            return null;
        }

        return array_shift($this->lists[$list]);
    }
}

function enqueue_thumbnail(ListStore $store, int $upload): void
{
    $store->push(QUEUE, json_encode(['upload' => $upload, 'sizes' => [64, 256, 1024], 'path' => "/uploads/2026/{$upload}.jpg", 'exif' => str_repeat('exif-', 150) . $upload]));
}

$store = new ListStore();
$done = 0;
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    enqueue_thumbnail($store, 5000 + $i);
    $job = $store->pop(QUEUE);
    if ($job !== null) {
        $done += count(json_decode($job, true)['sizes']);
    }
}
