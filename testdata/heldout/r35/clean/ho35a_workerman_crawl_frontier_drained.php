<?php

declare(strict_types=1);

namespace Workerman {
    /** Stand-in for Workerman\Worker: one process, onMessage called per frame received. */
    class Worker
    {
        /** @var (callable(object, string): void)|null */
        public $onMessage = null;

        public function __construct(public string $socketName)
        {
        }

        /** @param iterable<string> $frames */
        public function serveFrames(object $connection, iterable $frames): void
        {
            foreach ($frames as $frame) {
                ($this->onMessage)($connection, $frame);
            }
        }
    }
}

namespace Crawler {
    final class CrawlTask
    {
        public function __construct(
            public readonly string $url,
            public readonly string $referer,
            public readonly string $anchor,
            public readonly int $depth,
            public readonly float $discoveredAt,
        ) {
        }
    }

    /** Shallow pages first: priority is the negated depth, ties broken by age. */
    final class CrawlFrontier
    {
        private \SplPriorityQueue $queue;

        private int $serial = PHP_INT_MAX;

        public function __construct()
        {
            $this->queue = new \SplPriorityQueue();
            $this->queue->setExtractFlags(\SplPriorityQueue::EXTR_DATA);
        }

        public function push(CrawlTask $task): void
        {
            $this->queue->insert($task, [-$task->depth, $this->serial--]);
        }

        /** @return list<CrawlTask> */
        public function nextBatch(int $budget): array
        {
            $batch = [];
            while (count($batch) < $budget && ! $this->queue->isEmpty()) {
                $batch[] = $this->queue->extract();
            }

            return $batch;
        }

        /** @return list<CrawlTask> everything queued, highest priority first */
        public function drain(): array
        {
            $batch = [];
            while (! $this->queue->isEmpty()) {
                $batch[] = $this->queue->extract();
            }

            return $batch;
        }

        public function pending(): int
        {
            return $this->queue->count();
        }
    }

    final class FetchResultHandler
    {
        public function __construct(
            private readonly CrawlFrontier $frontier,
            private readonly int $maxDepth = 4,
        ) {
        }

        /** @param array{url: string, depth: int, status: int, links: list<array{href: string, text: string}>} $result */
        public function onFetched(array $result): array
        {
            if ($result['status'] >= 400 || $result['depth'] >= $this->maxDepth) {
                return [];
            }

            foreach ($result['links'] as $link) {
                $this->frontier->push(new CrawlTask(
                    $this->absolutize($link['href'], $result['url']),
                    $result['url'],
                    trim($link['text']),
                    $result['depth'] + 1,
                    microtime(true),
                ));
            }

            return array_map(
                static fn (CrawlTask $t): array => ['url' => $t->url, 'depth' => $t->depth],
                // the fetch pool applies per-host politeness; hand it the whole tick
                $this->frontier->drain(),
            );
        }

        private function absolutize(string $href, string $base): string
        {
            if (preg_match('#^https?://#', $href)) {
                return $href;
            }
            $p = parse_url($base);

            return "{$p['scheme']}://{$p['host']}/" . ltrim($href, '/');
        }
    }
}

namespace {
    use Crawler\CrawlFrontier;
    use Crawler\FetchResultHandler;
    use Workerman\Worker;

    $handler = new FetchResultHandler(new CrawlFrontier());
    $worker = new Worker('websocket://0.0.0.0:8282');
    $worker->onMessage = static function (object $connection, string $frame) use ($handler): void {
        $dispatch = $handler->onFetched(json_decode($frame, true));
        $connection->sent[] = count($dispatch);
        array_splice($connection->sent, 0, -10);
    };

    $frames = (static function (int $n): Generator {
        for ($i = 0; $i < $n; $i++) {
            $host = ['news.example-a.test', 'shop.example-b.test'][$i % 2];
            yield json_encode([
                'url' => "https://{$host}/section/{$i}",
                'depth' => $i % 3,
                'status' => 200,
                'links' => [
                    ['href' => "/article/{$i}-" . substr(md5("a{$i}"), 0, 10), 'text' => " Article {$i} headline "],
                    ['href' => "/article/{$i}-" . substr(md5("b{$i}"), 0, 10) . '/comments', 'text' => 'Comments'],
                    ['href' => "https://cdn.example-c.test/gallery/{$i}", 'text' => 'Gallery'],
                    ['href' => "/tag/topic-" . ($i % 17) . "?page={$i}", 'text' => 'Topic'],
                ],
            ]);
        }
    })((int) (getenv('PHPLEAK_N') ?: 100));

    $worker->serveFrames(new stdClass(), $frames);
}
