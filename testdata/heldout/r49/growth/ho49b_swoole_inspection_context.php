<?php
// Swoole HTTP server used by the branch tablets: POST /inspections/{plate}/damage
// records a damage mark found during the check-in walk-round of a returned car.

namespace Swoole\Http {
    class Request
    {
        public array $header = [];
        public array $server = [];
        public ?array $get = null;
        public ?array $post = null;
        public ?array $cookie = null;
        public ?array $files = null;
        public int $fd = 0;
        public string $content = '';

        public function rawContent(): string
        {
            return $this->content;
        }
    }

    class Response
    {
        public int $statusCode = 200;
        public array $headers = [];

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $key, string $value): void
        {
            $this->headers[$key] = $value;
        }

        public function end(string $body = ''): bool
        {
            return true;
        }
    }

    /**
     * Stand-in for Swoole\Http\Server: start() runs the event loop, which here
     * replays PHPLEAK_N requests from the tablets into the 'request' callback.
     */
    class Server
    {
        private array $callbacks = [];

        public function __construct(public string $host, public int $port)
        {
        }

        public function set(array $settings): void
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): bool
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->fd = 1 + $i % 64;
                $request->server = [
                    'request_method' => 'POST',
                    'request_uri' => '/inspections/' . sprintf('KX%02dPLA', $i % 90) . '/damage',
                    'remote_addr' => '192.168.40.' . (10 + $i % 40),
                    'request_time' => 1740816000 + $i,
                    'server_protocol' => 'HTTP/1.1',
                ];
                $request->header = [
                    'host' => 'inspect.branch.local',
                    'content-type' => 'application/json',
                    'user-agent' => 'BranchTablet/3.2 (Android 13; SM-X200)',
                    'x-inspector' => 'staff-' . (300 + $i % 25),
                    'x-request-id' => bin2hex(random_bytes(8)),
                ];
                $request->content = json_encode([
                    'panel' => ['front_bumper', 'rear_bumper', 'door_fl', 'door_rr', 'bonnet'][$i % 5],
                    'severity' => 1 + $i % 3,
                    'note' => 'Scuff approx ' . (2 + $i % 10) . 'cm, paint transfer visible',
                    'photo' => 'uploads/' . bin2hex(random_bytes(6)) . '.jpg',
                ]);
                ($this->callbacks['request'])($request, new Response());
            }

            return true;
        }
    }
}

namespace Rental\Inspection {
    use Swoole\Http\Request;

    /**
     * Per-request context for the inspection flow, looked up by the audit
     * listener and the photo pipeline while the request is in flight.
     */
    final class InspectionContextStore
    {
        /** @var array<int, array<string, mixed>> */
        private array $entries = [];

        public function remember(Request $request, string $plate): array
        {
            return $this->entries[spl_object_id($request)] = [ // leak
                'plate' => $plate,
                'inspector' => $request->header['x-inspector'] ?? 'unknown',
                'request' => $request,
                'started_at' => $request->server['request_time'],
            ];
        }

        public function for(Request $request): ?array
        {
            return $this->entries[spl_object_id($request)] ?? null;
        }
    }

    final class DamageMark
    {
        public function __construct(
            public readonly string $plate,
            public readonly string $panel,
            public readonly int $severity,
            public readonly string $note,
            public readonly string $photo,
            public readonly string $inspector,
        ) {
        }
    }

    final class DamageLedger
    {
        private int $recorded = 0;

        public function record(DamageMark $mark): int
        {
            // INSERT INTO damage_marks ... in production.
            return ++$this->recorded;
        }
    }

    final class DamageInspectionService
    {
        public function __construct(
            private InspectionContextStore $contexts,
            private DamageLedger $ledger,
        ) {
        }

        public function recordFromRequest(Request $request, string $plate): int
        {
            $context = $this->contexts->remember($request, $plate);
            $data = json_decode($request->rawContent(), true, 4, JSON_THROW_ON_ERROR);
            $mark = new DamageMark(
                $plate,
                (string) $data['panel'],
                (int) $data['severity'],
                (string) $data['note'],
                (string) $data['photo'],
                $context['inspector'],
            );

            return $this->ledger->record($mark);
        }
    }
}

namespace {
    use Rental\Inspection\DamageInspectionService;
    use Rental\Inspection\DamageLedger;
    use Rental\Inspection\InspectionContextStore;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $service = new DamageInspectionService(new InspectionContextStore(), new DamageLedger());

    $server = new Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 4, 'max_request' => 0]);
    $server->on('request', static function (Request $request, Response $response) use ($service): void {
        if (!preg_match('#^/inspections/([A-Z0-9]{7})/damage$#', $request->server['request_uri'], $m)) {
            $response->status(404);
            $response->end();

            return;
        }
        try {
            $id = $service->recordFromRequest($request, $m[1]);
            $response->header('content-type', 'application/json');
            $response->status(201);
            $response->end(json_encode(['id' => $id]));
        } catch (\JsonException) {
            $response->status(400);
            $response->end();
        }
    });
    $server->start();
}
