<?php

declare(strict_types=1);

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        /**
         * Stand-in for the FrankenPHP worker API: populates the superglobals
         * from the next request the server hands over and runs the handler.
         */
        function frankenphp_handle_request(callable $handler): bool
        {
            $next = $GLOBALS['__frankenphp_next'] ?? null;
            $request = $next instanceof \Closure ? $next() : null;
            if ($request === null) {
                return false;
            }
            [$_SERVER['REQUEST_TIME'], $_SERVER['REQUEST_URI'], $_POST] = $request;
            $handler();

            return true;
        }
    }
}

namespace App\History {

    final class WatchEvent
    {
        public function __construct(
            public readonly int $userId,
            public readonly string $videoId,
            public readonly string $playbackSession,
            public readonly int $positionSec,
            public readonly int $durationSec,
            public readonly string $client,
            public readonly int $occurredAt,
        ) {
        }

        public static function fromPost(array $post, int $now): self
        {
            return new self(
                (int) ($post['user_id'] ?? 0),
                (string) ($post['video_id'] ?? ''),
                (string) ($post['playback_session'] ?? ''),
                max(0, (int) ($post['position'] ?? 0)),
                max(1, (int) ($post['duration'] ?? 1)),
                substr((string) ($post['client'] ?? 'unknown'), 0, 160),
                $now,
            );
        }

        /** @return array<string, scalar> */
        public function toRow(): array
        {
            return [
                'user_id' => $this->userId,
                'video_id' => $this->videoId,
                'playback_session' => $this->playbackSession,
                'position_sec' => $this->positionSec,
                'watched_ratio' => round($this->positionSec / $this->durationSec, 4),
                'client' => $this->client,
                'occurred_at' => date('Y-m-d H:i:s', $this->occurredAt),
            ];
        }
    }

    final class ClickHouseWriter
    {
        private int $inserted = 0;

        /** @param list<array<string, scalar>> $rows */
        public function insertBatch(string $table, array $rows): void
        {
            $this->inserted += count($rows);
        }
    }

    /**
     * Buffers heartbeat rows and writes them in one INSERT once the batch is
     * big enough or old enough.
     */
    final class WatchHistoryBuffer
    {
        /** @var list<array<string, scalar>> */
        private array $rows = [];
        private int $bufferedBytes = 0;
        private ?int $lastFlushAt = null;

        public function __construct(
            private readonly ClickHouseWriter $writer,
            private readonly int $maxBytes,
            private readonly int $maxAgeSeconds,
        ) {
        }

        public function push(WatchEvent $event): void
        {
            $this->lastFlushAt ??= $event->occurredAt;
            $row = $event->toRow();
            $this->rows[] = $row;
            $this->bufferedBytes += strlen(implode("\t", $row));

            if ($this->shouldFlush($event->occurredAt)) {
                $this->flush($event->occurredAt);
            }
        }

        public function flush(int $now): void
        {
            if ($this->rows !== []) {
                $this->writer->insertBatch('watch_history', $this->rows);
            }
            $this->rows = [];
            $this->bufferedBytes = 0;
            $this->lastFlushAt = $now;
        }

        private function shouldFlush(int $now): bool
        {
            if ($this->bufferedBytes >= $this->maxBytes) {
                return true;
            }

            return $this->lastFlushAt !== null && $now - $this->lastFlushAt >= $this->maxAgeSeconds;
        }
    }

    final class HeartbeatController
    {
        public function __construct(private readonly WatchHistoryBuffer $buffer)
        {
        }

        public function __invoke(): void
        {
            $this->buffer->push(WatchEvent::fromPost($_POST, (int) $_SERVER['REQUEST_TIME']));
            http_response_code(204);
        }
    }
}

namespace {
    use App\History\ClickHouseWriter;
    use App\History\HeartbeatController;
    use App\History\WatchHistoryBuffer;

    // ---- worker script (public/worker.php) ----
    $config = [
        'history' => ['flush_bytes' => 4 * 1024 * 1024, 'flush_seconds' => 20],
    ];
    $buffer = new WatchHistoryBuffer(
        new ClickHouseWriter(),
        $config['history']['flush_bytes'],
        $config['history']['flush_seconds'],
    );
    $controller = new HeartbeatController($buffer);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $served = 0;
    $clients = ['Mozilla/5.0 (Macintosh) Safari/605.1.15', 'LearnApp/4.12 (Android 14)', 'Roku/DVP-12.5'];
    $GLOBALS['__frankenphp_next'] = static function () use (&$served, $n, $clients): ?array {
        if ($served >= $n) {
            return null;
        }
        $i = $served++;

        return [1_700_000_000 + $i, '/api/heartbeat', [
            'user_id' => (string) (120_000 + $i * 3),
            'video_id' => sprintf('lec_%06d', 9_000 + $i % 700),
            'playback_session' => bin2hex(random_bytes(12)),
            'position' => (string) (($i * 15) % 2400),
            'duration' => '2400',
            'client' => $clients[$i % 3],
        ]];
    };

    $handler = static function () use ($controller): void {
        $controller();
    };
    while (frankenphp_handle_request($handler)) {
        gc_collect_cycles();
    }
}
