<?php

declare(strict_types=1);

namespace App\Artifacts {

    final class ArtifactHandle
    {
        /**
         * @param array<string, string> $meta
         * @param array{0: int, 1: int}|null $range
         */
        public function __construct(
            public readonly string $digest,
            public readonly string $path,
            public readonly int $size,
            public readonly array $meta,
            public readonly ?array $range = null,
        ) {
        }

        public function withRange(int $start, int $end): self
        {
            return new self($this->digest, $this->path, $this->size, $this->meta, [$start, min($end, $this->size - 1)]);
        }

        public function length(): int
        {
            return $this->range === null ? $this->size : $this->range[1] - $this->range[0] + 1;
        }
    }

    /**
     * Content-addressed build cache (node_modules, vendor, ccache tarballs).
     * Handles being served are leased so eviction never unlinks a blob mid-download.
     */
    final class ArtifactCache
    {
        private \SplObjectStorage $leases;

        /** @var array<string, array{path: string, size: int, type: string}> */
        private array $index = [];

        public function __construct(private readonly string $root)
        {
            $this->leases = new \SplObjectStorage();
        }

        public function store(string $digest, int $size, string $type): void
        {
            $this->index[$digest] = ['path' => sprintf('%s/%s/%s', $this->root, substr($digest, 7, 2), substr($digest, 7)), 'size' => $size, 'type' => $type];
        }

        /** @param array<string, string> $client */
        public function open(string $digest, array $client): ?ArtifactHandle
        {
            $entry = $this->index[$digest] ?? null;
            if ($entry === null) {
                return null;
            }
            $handle = new ArtifactHandle($digest, $entry['path'], $entry['size'], [
                'content_type' => $entry['type'],
                'etag' => '"' . substr($digest, 7, 32) . '"',
                'request_id' => $client['request_id'],
                'runner' => $client['user_agent'],
            ]);
            $this->leases->attach($handle, ['since' => $client['time'], 'ip' => $client['ip']]); // leak

            return $handle;
        }

        public function release(ArtifactHandle $handle): void
        {
            $this->leases->detach($handle);
        }

        public function evictable(): array
        {
            $busy = [];
            foreach ($this->leases as $handle) {
                $busy[$handle->digest] = true;
            }

            return array_keys(array_diff_key($this->index, $busy));
        }
    }

    final class BlobStreamer
    {
        public int $sent = 0;

        public function stream(ArtifactHandle $handle): int
        {
            // stand-in for fopen($handle->path) + fseek + stream_copy_to_stream(php://output)
            $this->sent += $handle->length();

            return $handle->length();
        }
    }

    final class CacheDownloadController
    {
        public function __construct(private readonly ArtifactCache $cache, private readonly BlobStreamer $streamer)
        {
        }

        /**
         * GET /_cache/{digest}
         *
         * @param array<string, string> $server
         * @return array{int, array<string, string>}
         */
        public function download(string $digest, array $server): array
        {
            $handle = $this->cache->open($digest, [
                'request_id' => $server['HTTP_X_REQUEST_ID'] ?? '',
                'user_agent' => $server['HTTP_USER_AGENT'] ?? '',
                'ip' => $server['REMOTE_ADDR'] ?? '',
                'time' => (string) ($server['REQUEST_TIME'] ?? 0),
            ]);
            if ($handle === null) {
                return [404, []];
            }

            $range = self::parseRange($server['HTTP_RANGE'] ?? '', $handle->size);
            if ($range !== null) {
                $handle = $handle->withRange(...$range);
            }

            try {
                $sent = $this->streamer->stream($handle);
            } finally {
                $this->cache->release($handle);
            }

            return [$range === null ? 200 : 206, [
                'Content-Type' => $handle->meta['content_type'],
                'Content-Length' => (string) $sent,
                'ETag' => $handle->meta['etag'],
            ]];
        }

        /** @return array{0: int, 1: int}|null */
        private static function parseRange(string $header, int $size): ?array
        {
            if (!preg_match('/^bytes=(\d+)-(\d*)$/', $header, $m)) {
                return null;
            }
            $start = (int) $m[1];
            $end = $m[2] === '' ? $size - 1 : (int) $m[2];

            return $start <= $end && $start < $size ? [$start, $end] : null;
        }
    }
}

namespace {

    use App\Artifacts\ArtifactCache;
    use App\Artifacts\BlobStreamer;
    use App\Artifacts\CacheDownloadController;

    if (!function_exists('frankenphp_handle_request')) {
        /** Stand-in for the FrankenPHP worker-mode request pump. */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($served >= $limit) {
                return false;
            }
            $i = $served++;
            $_SERVER = [
                'REQUEST_METHOD' => 'GET',
                'REQUEST_URI' => '/_cache/' . ['node-modules', 'composer-vendor', 'ccache', 'gradle'][$i % 4],
                'REQUEST_TIME' => 1_700_000_000 + $i,
                'REMOTE_ADDR' => '10.20.' . ($i % 8) . '.' . (10 + $i % 50),
                'HTTP_X_REQUEST_ID' => sprintf('req_%s', substr(sha1('r' . $i), 0, 20)),
                'HTTP_USER_AGENT' => sprintf('acme-runner/16.4.1 (linux; amd64) job/%d', 700_000 + $i),
            ] + ($i % 3 !== 0 ? ['HTTP_RANGE' => 'bytes=' . (1048576 * ($i % 3)) . '-'] : []);
            $handler();

            return true;
        }
    }

    // --- worker boot ----------------------------------------------------------------------

    $cache = new ArtifactCache('/var/cache/ci-artifacts');
    $digests = [];
    foreach (['node-modules' => 'application/x-tar', 'composer-vendor' => 'application/zstd', 'ccache' => 'application/zstd', 'gradle' => 'application/x-tar'] as $name => $type) {
        $digests[$name] = 'sha256:' . hash('sha256', $name . '-lockfile');
        $cache->store($digests[$name], 48 * 1048576 + strlen($name) * 1024, $type);
    }
    $controller = new CacheDownloadController($cache, new BlobStreamer());

    $handler = static function () use ($controller, $digests): void {
        $key = basename((string) $_SERVER['REQUEST_URI']);
        [$status, $headers] = $controller->download($digests[$key] ?? 'sha256:missing', $_SERVER);
    };

    while (frankenphp_handle_request($handler)) {
        gc_collect_cycles();
    }
}
