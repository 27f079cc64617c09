<?php

declare(strict_types=1);

namespace Swoole\Http {

    final class Request
    {
        public array $get = [];
        public array $server = [];
        public array $header = [];
    }

    final class Response
    {
        public int $statusCode = 200;
        public array $headers = [];
        public string $body = '';

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function end(string $content = ''): void
        {
            $this->body = $content;
        }
    }

    final class Server
    {
        private array $callbacks = [];
        private array $settings = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function set(array $settings): void
        {
            $this->settings = $settings + $this->settings;
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        public function start(): void
        {
            $requests = (int) (getenv('PHPLEAK_N') ?: 100);
            if (isset($this->callbacks['workerstart'])) {
                ($this->callbacks['workerstart'])($this, 0);
            }
            $styles = ['streets', 'satellite', 'terrain', 'night'];
            for ($i = 0; $i < $requests; $i++) {
                $z = 12 + $i % 5;
                $request = new Request();
                $request->server = [
                    'request_method' => 'GET',
                    'request_uri' => sprintf('/tiles/%s/%d/%d/%d.png', $styles[$i % 4], $z, 2100 + $i, 1400 + intdiv($i, 7)),
                    'remote_addr' => '10.0.3.' . ($i % 200),
                ];
                $request->header = ['accept' => 'image/png', 'if-none-match' => ''];
                ($this->callbacks['request'])($request, new Response());
            }
            if (isset($this->callbacks['workerstop'])) {
                ($this->callbacks['workerstop'])($this, 0);
            }
        }
    }
}

namespace Atlas\Tiles {

    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class TileKey
    {
        public function __construct(
            public readonly string $style,
            public readonly int $z,
            public readonly int $x,
            public readonly int $y,
        ) {
        }

        public static function fromUri(string $uri): ?self
        {
            if (!preg_match('#^/tiles/([a-z]+)/(\d+)/(\d+)/(\d+)\.png$#', $uri, $m)) {
                return null;
            }

            return new self($m[1], (int) $m[2], (int) $m[3], (int) $m[4]);
        }

        public function path(): string
        {
            return sprintf('%s/%d/%d/%d', $this->style, $this->z, $this->x, $this->y);
        }

        /** Web-mercator bounds of the tile, west/south/east/north in degrees. */
        public function bounds(): array
        {
            $n = 2 ** $this->z;
            $lon = fn (int $x): float => $x / $n * 360.0 - 180.0;
            $lat = fn (int $y): float => rad2deg(atan(sinh(M_PI * (1 - 2 * $y / $n))));

            return [$lon($this->x), $lat($this->y + 1), $lon($this->x + 1), $lat($this->y)];
        }
    }

    final class RenderedTile
    {
        public function __construct(
            public readonly TileKey $key,
            public readonly string $body,
            public readonly string $etag,
            public readonly array $bounds,
            public readonly float $renderedAt,
        ) {
        }
    }

    final class TileRenderer
    {
        public function __construct(private readonly array $palette)
        {
        }

        public function render(TileKey $key): RenderedTile
        {
            $bounds = $key->bounds();
            $colour = $this->palette[$key->style] ?? $this->palette['streets'];
            $header = pack('NnnnC', 0x89504e47, $key->z, $key->x & 0xffff, $key->y & 0xffff, strlen($colour));
            $body = $header . str_repeat($colour, 64);

            return new RenderedTile($key, $body, substr(sha1($body . $key->path()), 0, 16), $bounds, microtime(true));
        }
    }

    /** Bounded in-process LRU in front of the renderer, shared by all coroutines of the worker. */
    final class TileCache
    {
        /** @var array<string, RenderedTile> */
        private array $tiles = [];
        /** @var array<string, \Closure> */
        private array $evictionHooks = [];

        public function __construct(private readonly int $capacity)
        {
        }

        public function get(string $path): ?RenderedTile
        {
            if (!isset($this->tiles[$path])) {
                return null;
            }
            $tile = $this->tiles[$path];
            unset($this->tiles[$path]);
            $this->tiles[$path] = $tile;

            return $tile;
        }

        public function put(string $path, RenderedTile $tile): void
        {
            $this->tiles[$path] = $tile;
            while (count($this->tiles) > $this->capacity) {
                $oldest = array_key_first($this->tiles);
                $evicted = $this->tiles[$oldest];
                unset($this->tiles[$oldest]);
                foreach ($this->evictionHooks as $hook) {
                    $hook($evicted);
                }
            }
        }

        public function onEvict(string $name, \Closure $hook): void
        {
            $this->evictionHooks[$name] = $hook; // leak
        }
    }

    final class CdnPurger
    {
        private array $queue = [];
        private int $sent = 0;

        public function purge(string $surrogateKey, string $etag): void
        {
            $this->queue[$surrogateKey] = $etag;
            if (count($this->queue) >= 16) {
                $this->sent += count($this->queue);
                $this->queue = [];
            }
        }
    }

    final class TileController
    {
        private const STYLES = ['streets', 'satellite', 'terrain', 'night'];
        private const MAX_ZOOM = 20;

        public function __construct(
            private readonly TileCache $cache,
            private readonly TileRenderer $renderer,
            private readonly CdnPurger $purger,
        ) {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $key = TileKey::fromUri($request->server['request_uri'] ?? '');
            if ($key === null || !in_array($key->style, self::STYLES, true) || $key->z > self::MAX_ZOOM) {
                $response->status(404);
                $response->end();

                return;
            }

            $tile = $this->cache->get($key->path());
            if ($tile === null) {
                $tile = $this->renderer->render($key);
                $this->cache->put($key->path(), $tile);
                $this->cache->onEvict($this->hookName($key), $this->purgeHook($tile)); // leak
            }

            $response->header('Content-Type', 'image/png');
            $response->header('ETag', '"' . $tile->etag . '"');
            $response->header('Cache-Control', 'public, max-age=86400');
            $response->end($tile->body);
        }

        private function hookName(TileKey $key): string
        {
            return 'cdn:' . $key->path();
        }

        private function purgeHook(RenderedTile $tile): \Closure
        {
            $style = $tile->key->style;
            $zoom = $tile->key->z;
            $surrogate = sprintf('tile-%s-z%d', $style, $zoom);
            $origin = ['etag' => $tile->etag, 'bounds' => $tile->bounds, 'path' => $tile->key->path()];

            return function (RenderedTile $evicted) use ($style, $zoom, $surrogate, $origin): void {
                if ($evicted->key->style !== $style || $evicted->key->z !== $zoom) {
                    return;
                }
                $this->purger->purge($surrogate, $evicted->etag === $origin['etag'] ? $origin['etag'] : $evicted->etag);
            };
        }
    }
}

namespace {

    use Atlas\Tiles\CdnPurger;
    use Atlas\Tiles\TileCache;
    use Atlas\Tiles\TileController;
    use Atlas\Tiles\TileRenderer;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 4, 'max_request' => 0, 'enable_coroutine' => true]);

    $controller = null;
    $server->on('workerStart', function (Server $server, int $workerId) use (&$controller): void {
        $controller = new TileController(
            new TileCache(128),
            new TileRenderer(['streets' => "\xf2\xef\xe9", 'satellite' => "\x1d\x2b\x1f", 'terrain' => "\xd8\xcf\xa8", 'night' => "\x12\x16\x2a"]),
            new CdnPurger(),
        );
    });
    $server->on('request', function ($request, $response) use (&$controller): void {
        $controller($request, $response);
    });
    $server->start();
}
