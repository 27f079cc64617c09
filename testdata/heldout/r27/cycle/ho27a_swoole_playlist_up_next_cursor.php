<?php

declare(strict_types=1);

/*
 * Podcast app backend on a Swoole HTTP server: GET /playlists/{id}/up-next
 * returns the next few episodes of a listener's playlist, starting after the
 * episode they are on, with shuffle applied per listening session.
 */

namespace Swoole\Http {
    final class Request
    {
        public array $server = [];
        public array $get = [];
        public array $header = [];
    }

    final class Response
    {
        public int $status = 200;
        private array $headers = [];

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function end(string $body = ''): void
        {
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $handlers = [];

        public function __construct(private string $host, private int $port)
        {
        }

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        /** Test harness stand-in for the reactor: serves PHPLEAK_N requests. */
        public function start(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->server = ['request_method' => 'GET', 'request_uri' => sprintf('/playlists/%d/up-next', $i % 5 + 1)];
                $request->get = ['limit' => (string) (3 + $i % 3), 'position' => (string) ($i % 17)];
                $request->header = ['x-listener-id' => 'lst_' . substr(sha1((string) $i), 0, 12)];
                ($this->handlers['request'])($request, new Response());
            }
        }
    }
}

namespace App\Podcasts {
    final class Catalog
    {
        /** @var array<int, list<array{id: int, title: string, show: string, duration: int}>> */
        private array $playlists = [];

        public function __construct()
        {
            $shows = ['Darknet Diaries', 'Hard Fork', 'The Daily', 'Reply All', 'Radiolab'];
            for ($p = 1; $p <= 5; $p++) {
                for ($e = 1; $e <= 18; $e++) {
                    $this->playlists[$p][] = [
                        'id' => $p * 1000 + $e,
                        'title' => sprintf('%s, episode %d', $shows[($p + $e) % 5], 100 + $e),
                        'show' => $shows[($p + $e) % 5],
                        'duration' => 1200 + ($e * 137) % 2400,
                    ];
                }
            }
        }

        public function playlist(int $id): array
        {
            return $this->playlists[$id] ?? [];
        }
    }

    final class ListeningSession
    {
        private ?\Generator $cursor = null;

        /** @param list<array{id: int, title: string, show: string, duration: int}> $queue */
        public function __construct(
            public readonly string $listenerId,
            private array $queue,
            private int $position,
        ) {
        }

        /** @return \Generator<int, array{id: int, title: string, show: string, duration: int}> */
        private function upcoming(): \Generator
        {
            $count = count($this->queue);
            for ($k = 1; $k < $count; $k++) {
                yield $this->queue[($this->position + $k) % $count];
            }
        }

        public function advance(): ?array
        {
            $this->cursor ??= $this->upcoming(); // leak
            if (!$this->cursor->valid()) {
                return null;
            }
            $episode = $this->cursor->current();
            $this->cursor->next();

            return $episode;
        }
    }

    final class UpNextService
    {
        public function __construct(private Catalog $catalog)
        {
        }

        public function openSession(string $listenerId, int $playlistId, int $position): ListeningSession
        {
            $queue = $this->catalog->playlist($playlistId);
            mt_srand(crc32($listenerId));
            shuffle($queue);

            return new ListeningSession($listenerId, $queue, $position);
        }

        /** @return list<array{id: int, title: string, show: string, duration: int}> */
        public function upNext(ListeningSession $session, int $limit): array
        {
            $episodes = [];
            while (count($episodes) < $limit && ($episode = $session->advance()) !== null) {
                $episodes[] = $episode;
            }

            return $episodes;
        }
    }
}

namespace {
    use App\Podcasts\Catalog;
    use App\Podcasts\UpNextService;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $service = new UpNextService(new Catalog());

    $server = new Server('0.0.0.0', 9501);
    $server->on('request', function (Request $request, Response $response) use ($service): void {
        preg_match('#^/playlists/(\d+)/up-next$#', $request->server['request_uri'], $m);
        $session = $service->openSession(
            $request->header['x-listener-id'] ?? 'anonymous',
            (int) $m[1],
            (int) ($request->get['position'] ?? 0),
        );
        $episodes = $service->upNext($session, min(10, (int) ($request->get['limit'] ?? 3)));

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode(['listener' => $session->listenerId, 'episodes' => $episodes]));
    });
    $server->start();
}
