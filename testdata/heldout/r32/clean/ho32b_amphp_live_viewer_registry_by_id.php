<?php
// AMPHP HTTP server for live-channel HLS playlists. Each viewer request opens
// a segment stream; a registry tracks concurrent viewers per stream for the
// live dashboard.

namespace Revolt {

    final class EventLoop
    {
        /** @var list<array{\Closure, array}> */
        private static array $queue = [];

        public static function queue(\Closure $closure, mixed ...$args): void
        {
            self::$queue[] = [$closure, $args];
        }

        public static function run(): void
        {
            while (self::$queue) {
                [$closure, $args] = array_shift(self::$queue);
                $closure(...$args);
            }
        }
    }
}

namespace Amp {

    final class Future
    {
        private mixed $value = null;

        public static function complete(mixed $value): self
        {
            $future = new self();
            $future->value = $value;
            return $future;
        }

        public function await(): mixed
        {
            return $this->value;
        }
    }

    function async(\Closure $closure, mixed ...$args): Future
    {
        return Future::complete($closure(...$args));
    }
}

namespace Vidstream\Live {

    use function Amp\async;

    final class HlsSegmentStream
    {
        private int $cursor = 0;

        /** @param list<string> $segments */
        public function __construct(
            public readonly string $channel,
            public readonly string $variant,
            public readonly string $playlistUri,
            private array $segments,
        ) {
        }

        public function nextSegment(): ?string
        {
            return $this->segments[$this->cursor++] ?? null;
        }
    }

    final class SegmentSource
    {
        private const VARIANTS = ['240p' => 400, '480p' => 1200, '720p' => 2800, '1080p' => 5000];

        public function open(string $channel, string $variant, int $mediaSequence): HlsSegmentStream
        {
            if (!isset(self::VARIANTS[$variant])) {
                $variant = '480p';
            }
            $segments = [];
            for ($k = 0; $k < 4; $k++) {
                $segments[] = sprintf('https://live-cdn.vidstream.example/%s/%s/seg_%d.ts?kbps=%d', $channel, $variant, $mediaSequence + $k, self::VARIANTS[$variant]);
            }
            return new HlsSegmentStream($channel, $variant, sprintf('/live/%s/%s/index.m3u8', $channel, $variant), $segments);
        }
    }

    final class ViewerRegistry
    {
        /** @var array<int, array> */
        private array $active = [];

        public function track(HlsSegmentStream $stream, string $viewerId, int $now): void
        {
            $this->active[spl_object_id($stream)] = $this->describe($stream, $viewerId, $now);
        }

        public function served(HlsSegmentStream $stream, int $bytes): void
        {
            $this->active[spl_object_id($stream)]['bytes'] += $bytes;
        }

        public function release(HlsSegmentStream $stream): void
        {
            unset($this->active[spl_object_id($stream)]);
        }

        private function describe(HlsSegmentStream $stream, string $viewerId, int $now): array
        {
            return ['channel' => $stream->channel, 'variant' => $stream->variant, 'viewer' => $viewerId, 'since' => $now, 'bytes' => 0];
        }
    }

    final class PlaylistHandler
    {
        public function __construct(private SegmentSource $source, private ViewerRegistry $viewers)
        {
        }

        public function handle(array $request, int $now): string
        {
            $stream = $this->source->open($request['channel'], $request['variant'], $request['msn']);
            $this->viewers->track($stream, $request['viewer'], $now);

            $playlist = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n#EXT-X-MEDIA-SEQUENCE:{$request['msn']}\n";
            while (($segment = $stream->nextSegment()) !== null) {
                $playlist .= "#EXTINF:6.000,\n{$segment}\n";
                $this->viewers->served($stream, strlen($segment));
            }

            if ($request['connection'] === 'close') {
                $this->viewers->release($stream);
            }
            return $playlist;
        }
    }

    final class Server
    {
        public function __construct(private PlaylistHandler $handler)
        {
        }

        public function accept(array $request, int $now): void
        {
            async(fn () => $this->handler->handle($request, $now))->await();
        }
    }
}

namespace {

    use Revolt\EventLoop;
    use Vidstream\Live\PlaylistHandler;
    use Vidstream\Live\SegmentSource;
    use Vidstream\Live\Server;
    use Vidstream\Live\ViewerRegistry;

    $server = new Server(new PlaylistHandler(new SegmentSource(), new ViewerRegistry()));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        EventLoop::queue(static function (int $i) use ($server): void {
            $server->accept([
                'channel' => ['news24', 'sport-live', 'parliament'][$i % 3],
                'variant' => ['480p', '720p', '1080p', '4k'][$i % 4],
                'msn' => 88000 + $i,
                'viewer' => sprintf('v_%s', substr(sha1('viewer' . $i), 0, 16)),
                'connection' => $i % 3 === 0 ? 'close' : 'keep-alive',
            ], 1709290000 + $i * 2);
        }, $i);
        EventLoop::run();
    }
}
