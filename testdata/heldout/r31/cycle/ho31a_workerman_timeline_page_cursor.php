<?php

// Workerman websocket gateway: on "timeline.open" it builds the viewer's
// follower timeline and pushes the first page; "load more" frames would
// resume the same cursor while the timeline object is alive.

namespace Workerman\Connection {
    final class TcpConnection
    {
        public int $id;
        public int $bytesWritten = 0;

        public function __construct(int $id)
        {
            $this->id = $id;
        }

        public function send(string $data): bool
        {
            $this->bytesWritten += strlen($data);

            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    final class Worker
    {
        /** @var callable|null */
        public $onMessage = null;
        public string $name = 'none';
        public int $count = 1;

        public function __construct(public string $socketName)
        {
        }

        /** Stand-in for Worker::runAll(): feeds PHPLEAK_N frames to onMessage. */
        public static function runAll(self $worker, \Closure $frames): void
        {
            $connection = new TcpConnection(1);
            foreach ($frames() as $frame) {
                ($worker->onMessage)($connection, $frame);
            }
        }
    }
}

namespace Social\Timeline {
    final class TimelineEntry
    {
        public function __construct(
            public readonly int $postId,
            public readonly int $authorId,
            public readonly string $authorHandle,
            public readonly string $text,
            public readonly int $likes,
            public readonly int $createdAt,
        ) {
        }

        public function toArray(): array
        {
            return ['id' => $this->postId, 'author' => '@' . $this->authorHandle, 'text' => $this->text, 'likes' => $this->likes, 'at' => $this->createdAt];
        }
    }

    final class FollowerTimeline
    {
        private ?\Generator $cursor = null;

        /** @param list<TimelineEntry> $entries newest first */
        public function __construct(public readonly int $viewerId, private array $entries, private int $pageSize)
        {
        }

        public function firstPage(): array
        {
            $this->cursor = $this->pages(); // leak

            return $this->cursor->current() ?? [];
        }

        public function nextPage(): array
        {
            if ($this->cursor === null) {
                return $this->firstPage();
            }
            $this->cursor->next();

            return $this->cursor->valid() ? $this->cursor->current() : [];
        }

        /** @return \Generator<int, list<array>> */
        private function pages(): \Generator
        {
            $page = [];
            foreach ($this->entries as $entry) {
                $page[] = $entry->toArray();
                if (count($page) === $this->pageSize) {
                    yield $page;
                    $page = [];
                }
            }
            if ($page !== []) {
                yield $page;
            }
        }
    }

    final class TimelineBuilder
    {
        /** @param array<int, list<int>> $follows boot-time follow graph */
        public function __construct(private array $follows, private \Closure $recentPosts)
        {
        }

        public function forViewer(int $viewerId, int $sinceTs): FollowerTimeline
        {
            $entries = [];
            foreach ($this->follows[$viewerId % count($this->follows)] as $authorId) {
                foreach (($this->recentPosts)($authorId, $sinceTs) as $row) {
                    $entries[] = new TimelineEntry($row['id'], $authorId, $row['handle'], $row['text'], $row['likes'], $row['ts']);
                }
            }
            usort($entries, static fn (TimelineEntry $a, TimelineEntry $b) => $b->createdAt <=> $a->createdAt);

            return new FollowerTimeline($viewerId, $entries, 3);
        }
    }
}

namespace {
    use Social\Timeline\TimelineBuilder;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $follows = [];
    for ($v = 0; $v < 50; $v++) {
        $follows[$v] = [($v * 7) % 500 + 1, ($v * 13) % 500 + 1];
    }
    $recentPosts = static function (int $authorId, int $sinceTs): array {
        $rows = [];
        for ($k = 0; $k < 2; $k++) {
            $rows[] = [
                'id' => $sinceTs - 1700000000 + $authorId * 10 + $k,
                'handle' => "maker{$authorId}",
                'text' => "Day {$k} of the {$authorId} build: sanded the case again, primer tomorrow #workbench",
                'likes' => ($authorId * 3 + $k) % 97,
                'ts' => $sinceTs - $k * 600 - $authorId,
            ];
        }

        return $rows;
    };
    $builder = new TimelineBuilder($follows, $recentPosts);

    $gateway = new Worker('websocket://0.0.0.0:8282');
    $gateway->name = 'timeline-gateway';
    $gateway->onMessage = static function (TcpConnection $connection, string $frame) use ($builder): void {
        $msg = json_decode($frame, true);
        if (($msg['type'] ?? '') !== 'timeline.open') {
            return;
        }
        $timeline = $builder->forViewer((int) $msg['viewer'], (int) $msg['since']);
        $connection->send(json_encode(['type' => 'timeline.page', 'viewer' => $timeline->viewerId, 'items' => $timeline->firstPage()]));
    };

    Worker::runAll($gateway, static function (): \Generator {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $n; $i++) {
            yield json_encode(['type' => 'timeline.open', 'viewer' => 3000 + $i, 'since' => 1700000000 + $i * 60]);
        }
    });
}
