<?php

declare(strict_types=1);

namespace App\Feed;

// ---- Workerman stand-ins ----

final class TcpConnection
{
    public int $id;
    public int $bytesSent = 0;

    public function __construct(int $id)
    {
        $this->id = $id;
    }

    public function send(string $data): void
    {
        $this->bytesSent += strlen($data);
    }
}

final class Worker
{
    public string $name = 'none';
    public int $count = 1;
    /** @var (\Closure(TcpConnection, string): void)|null */
    public ?\Closure $onMessage = null;
    /** @var (\Closure(Worker): void)|null */
    public ?\Closure $onWorkerStart = null;

    public function __construct(public readonly string $listen)
    {
    }

    /** Drives the callbacks the way the event loop would for one process. */
    public function runWith(\Closure $traffic): void
    {
        if ($this->onWorkerStart !== null) {
            ($this->onWorkerStart)($this);
        }
        foreach ($traffic() as [$connection, $frame]) {
            ($this->onMessage)($connection, $frame);
        }
    }
}

// ---- recommendations ----

final class FeedItem
{
    public function __construct(
        public readonly string $courseId,
        public readonly string $title,
        public readonly float $score,
        public readonly string $reason,
        public readonly string $trackingToken,
    ) {
    }

    public function toArray(): array
    {
        return get_object_vars($this);
    }
}

trait TracksImpressions
{
    private static ?\SplObjectStorage $pendingImpressions = null;

    private static function pendingImpressions(): \SplObjectStorage
    {
        return self::$pendingImpressions ??= new \SplObjectStorage();
    }

    protected function recordImpression(FeedItem $item, array $context): void
    {
        self::pendingImpressions()->attach($item, $context); // leak
    }

    /** @return array<string, mixed>|null */
    protected function settleImpression(FeedItem $item, string $outcome): ?array
    {
        $pending = self::pendingImpressions();
        if (!$pending->contains($item)) {
            return null;
        }
        $context = $pending[$item];
        $pending->detach($item);

        return $context + ['outcome' => $outcome, 'token' => $item->trackingToken];
    }
}

final class AnalyticsSink
{
    private int $events = 0;

    public function push(array $event): void
    {
        $this->events++;
    }
}

final class RecommendationFeed
{
    use TracksImpressions;

    /** @param array<string, array{title: string, tags: list<string>}> $catalog */
    public function __construct(private readonly array $catalog, private readonly AnalyticsSink $sink)
    {
    }

    /** @return list<FeedItem> */
    public function forLearner(int $learnerId, array $recentTags, int $now, int $limit = 3): array
    {
        $scored = [];
        foreach ($this->catalog as $courseId => $course) {
            $overlap = array_intersect($course['tags'], $recentTags);
            $scored[$courseId] = count($overlap) + (crc32($courseId . $learnerId) % 100) / 100;
        }
        arsort($scored);

        $items = [];
        $position = 0;
        foreach (array_slice($scored, 0, $limit, true) as $courseId => $score) {
            $item = new FeedItem(
                $courseId,
                $this->catalog[$courseId]['title'],
                $score,
                sprintf('Because you watched %s', implode(', ', $recentTags)),
                hash('sha1', "{$learnerId}|{$courseId}|{$now}"),
            );
            $this->recordImpression($item, ['learner' => $learnerId, 'position' => $position++, 'shown_at' => $now]);
            $items[] = $item;
        }

        return $items;
    }

    public function clicked(FeedItem $item): void
    {
        $event = $this->settleImpression($item, 'click');
        if ($event !== null) {
            $this->sink->push($event);
        }
    }
}

// ---- worker ----

$feed = null;
$worker = new Worker('websocket://0.0.0.0:8686');
$worker->name = 'recommendations';
$worker->onWorkerStart = static function () use (&$feed): void {
    $feed = new RecommendationFeed([
        'c-hls' => ['title' => 'Streaming with HLS', 'tags' => ['video', 'streaming']],
        'c-ffmpeg' => ['title' => 'FFmpeg for Course Creators', 'tags' => ['video', 'encoding']],
        'c-php-async' => ['title' => 'Async PHP in Production', 'tags' => ['php', 'async']],
        'c-a11y' => ['title' => 'Accessible Captions', 'tags' => ['captions', 'video']],
        'c-sql' => ['title' => 'SQL for Analysts', 'tags' => ['data', 'sql']],
    ], new AnalyticsSink());
};
$worker->onMessage = static function (TcpConnection $connection, string $frame) use (&$feed): void {
    $message = json_decode($frame, true);
    $items = $feed->forLearner((int) $message['learner'], (array) $message['recent_tags'], (int) $message['ts']);
    $connection->send(json_encode(['feed' => array_map(static fn (FeedItem $i) => $i->toArray(), $items)]));

    $clicked = $message['click'] ?? null;
    if ($clicked !== null && isset($items[$clicked])) {
        $feed->clicked($items[$clicked]);
    }
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tagSets = [['video', 'streaming'], ['php'], ['captions', 'video'], ['data']];
$worker->runWith(static function () use ($n, $tagSets): \Generator {
    $connection = new TcpConnection(1);
    for ($i = 0; $i < $n; $i++) {
        yield [$connection, json_encode([
            'learner' => 70_000 + $i,
            'recent_tags' => $tagSets[$i % 4],
            'ts' => 1_700_000_000 + $i,
            'click' => $i % 5 === 0 ? $i % 3 : null,
        ])];
    }
});
