<?php

declare(strict_types=1);

/*
 * Journey-planning microservice on Swoole's HTTP server. The transfer graph
 * (stop -> [next stop, route, minutes]) is built from GTFS at worker start;
 * GET /isochrone?from=<stop>&budget=<minutes>&depart=<hh:mm> returns every
 * stop reachable from the origin within the travel-time budget.
 */

namespace Swoole\Http {
    // Stand-ins for the ext-swoole classes the service uses.
    final class Request
    {
        /** @var array<string, string> */
        public array $get = [];
        /** @var array<string, string> */
        public array $header = [];
        /** @var array<string, string> */
        public array $server = [];
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

        public function header(string $name, string $value): void
        {
            $this->headers[$name] = $value;
        }

        public function end(string $body = ''): void
        {
            $this->body = $body;
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        /** Runs the worker: the start callback, then PHPLEAK_N requests. */
        public function start(): void
        {
            ($this->callbacks['workerStart'])($this, 0);
            $stops = ['8503000', '8503003', '8503006', '8503011', '8503016', '8503020', '8503104', '8503110'];
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->server = ['request_uri' => '/isochrone', 'request_method' => 'GET'];
                $request->get = [
                    'from' => $stops[$i % count($stops)],
                    'budget' => (string) (25 + ($i * 7) % 40),
                    'depart' => sprintf('%02d:%02d', 6 + $i % 14, ($i * 13) % 60),
                ];
                $request->header = ['x-request-id' => bin2hex(pack('N2', $i, crc32((string) $i)))];
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace Transit\Planner {

    final class TransferGraph
    {
        /** @var array<string, list<array{0: string, 1: string, 2: int}>> */
        private array $edges = [];

        public static function fromGtfs(string $feedPath): self
        {
            // Stand-in for reading stop_times.txt and transfers.txt.
            $graph = new self();
            $lines = [
                'S2' => ['8503000', '8503001', '8503003', '8503006', '8503007', '8503010', '8503011'],
                'S5' => ['8503000', '8503020', '8503021', '8503016', '8503017', '8503104'],
                'S8' => ['8503003', '8503016', '8503101', '8503104', '8503110', '8503111'],
                'T11' => ['8503006', '8503020', '8503110', '8503112', '8503113'],
                'B31' => ['8503011', '8503017', '8503101', '8503113', '8503114'],
            ];
            foreach ($lines as $route => $stops) {
                for ($k = 0; $k < count($stops) - 1; $k++) {
                    $minutes = 2 + ($k * 3 + strlen($route)) % 5;
                    $graph->edges[$stops[$k]][] = [$stops[$k + 1], $route, $minutes];
                    $graph->edges[$stops[$k + 1]][] = [$stops[$k], $route, $minutes];
                }
            }

            return $graph;
        }

        public function adjacency(): array
        {
            return $this->edges;
        }

        public function hasStop(string $stopId): bool
        {
            return isset($this->edges[$stopId]);
        }
    }

    final class IsochroneService
    {
        private const TRANSFER_PENALTY = 3;

        public function __construct(private TransferGraph $graph)
        {
        }

        /**
         * @return array<string, array{minutes: int, via: string}>
         */
        public function reachable(string $origin, int $budgetMinutes): array
        {
            $best = [];
            $adjacent = $this->graph->adjacency();
            $penalty = self::TRANSFER_PENALTY;

            $relax = function (string $stopId, int $elapsed, ?string $onRoute) use (&$relax, &$best, $adjacent, $budgetMinutes, $penalty): void { // leak
                if ($elapsed > $budgetMinutes) {
                    return;
                }
                if (isset($best[$stopId]) && $best[$stopId]['minutes'] <= $elapsed) {
                    return;
                }
                $best[$stopId] = ['minutes' => $elapsed, 'via' => $onRoute ?? 'walk'];
                foreach ($adjacent[$stopId] ?? [] as [$next, $route, $minutes]) {
                    $cost = $minutes + ($onRoute !== null && $onRoute !== $route ? $penalty : 0);
                    $relax($next, $elapsed + $cost, $route);
                }
            };

            $relax($origin, 0, null);
            uasort($best, static fn (array $a, array $b): int => $a['minutes'] <=> $b['minutes']);

            return $best;
        }
    }

    final class IsochroneController
    {
        public function __construct(private IsochroneService $isochrones, private TransferGraph $graph)
        {
        }

        public function __invoke(\Swoole\Http\Request $request, \Swoole\Http\Response $response): void
        {
            $from = (string) ($request->get['from'] ?? '');
            $budget = max(5, min(90, (int) ($request->get['budget'] ?? 30)));
            if (!$this->graph->hasStop($from)) {
                $response->status(404);
                $response->end('{"error":"unknown stop"}');

                return;
            }

            $reachable = $this->isochrones->reachable($from, $budget);
            $response->header('Content-Type', 'application/json');
            $response->header('X-Request-Id', $request->header['x-request-id'] ?? '-');
            $response->end(json_encode([
                'from' => $from,
                'depart' => $request->get['depart'] ?? null,
                'budget' => $budget,
                'stops' => $reachable,
            ]));
        }
    }
}

namespace {
    use Transit\Planner\IsochroneController;
    use Transit\Planner\IsochroneService;
    use Transit\Planner\TransferGraph;

    $server = new Swoole\Http\Server('0.0.0.0', 9501);
    $controller = null;

    $server->on('workerStart', function (Swoole\Http\Server $server, int $workerId) use (&$controller): void {
        $graph = TransferGraph::fromGtfs('/var/lib/gtfs/zvv.zip');
        $controller = new IsochroneController(new IsochroneService($graph), $graph);
    });

    $server->on('request', function (Swoole\Http\Request $request, Swoole\Http\Response $response) use (&$controller): void {
        $controller($request, $response);
    });

    $server->start();
}
