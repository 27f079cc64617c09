<?php

declare(strict_types=1);

/*
 * Stand planning API on a Swoole HTTP server: apron controllers and the
 * resource management system post gate requests for arriving flights; every
 * request runs inside a GateContext frame so the audit trail can say who
 * asked for what.
 */

namespace Swoole\Http {

    final class Request
    {
        public array $header = [];
        public array $server = [];

        public function __construct(private string $body)
        {
        }

        public function rawContent(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public int $statusCode = 200;
        public string $body = '';

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $key, string $value): void
        {
        }

        public function end(string $content = ''): void
        {
            $this->body = $content;
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        /** @var null|\Closure(int): Request */
        public ?\Closure $traffic = null;

        public function __construct(public string $host, public int $port, private int $maxRequests)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
            for ($i = 0; $i < $this->maxRequests; $i++) {
                ($this->callbacks['request'])(($this->traffic)($i), new Response());
            }
        }
    }
}

namespace Apron\Stands {

    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class GateRequestFrame
    {
        public function __construct(
            public readonly string $requestId,
            public readonly string $operator,
            public readonly string $terminal,
            public readonly array $payload,
            public readonly string $rawBody,
            public readonly float $startedAt,
        ) {
        }
    }

    final class GateContext
    {
        /** @var list<GateRequestFrame> */
        private static array $frames = [];

        public static function enter(GateRequestFrame $frame): void
        {
            self::$frames[] = $frame;
        }

        public static function leave(): void
        {
            array_pop(self::$frames);
        }

        public static function current(): ?GateRequestFrame
        {
            return self::$frames === [] ? null : self::$frames[array_key_last(self::$frames)];
        }
    }

    final class AuditTrail
    {
        /** @var list<string> last line only, the sink ships it */
        private array $lastLine = [];

        public function record(string $action, string $detail): void
        {
            $frame = GateContext::current();
            $this->lastLine = [sprintf('%s %s by %s@%s: %s', $frame?->requestId ?? '-', $action, $frame?->operator ?? 'system', $frame?->terminal ?? '-', $detail)];
        }
    }

    final class StandAllocationTable
    {
        /** @var array<string, string> gate@slot => flight */
        private array $allocations = [];

        public function holder(string $gate, string $slot): ?string
        {
            return $this->allocations[$gate . '@' . $slot] ?? null;
        }

        public function allocate(string $gate, string $slot, string $flight): void
        {
            $this->allocations[$gate . '@' . $slot] = $flight;
        }
    }

    final class GateAssignmentController
    {
        public function __construct(
            private StandAllocationTable $table,
            private AuditTrail $audit,
        ) {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $body = $request->rawContent();
            $payload = json_decode($body, true, 8, JSON_THROW_ON_ERROR);

            GateContext::enter(new GateRequestFrame(
                requestId: $request->header['x-request-id'],
                operator: $request->header['x-operator'] ?? 'rms',
                terminal: $request->server['remote_addr'],
                payload: $payload,
                rawBody: $body,
                startedAt: $request->server['request_time_float'],
            ));

            try {
                $holder = $this->table->holder($payload['gate'], $payload['slot']);
                if ($holder !== null && $holder !== $payload['flight']) {
                    $this->audit->record('gate.conflict', "{$payload['flight']} wants {$payload['gate']} held by {$holder}");
                    $this->json($response, 409, ['error' => 'gate_occupied', 'holder' => $holder]);
                    return;
                }

                $this->table->allocate($payload['gate'], $payload['slot'], $payload['flight']);
                $this->audit->record('gate.assigned', "{$payload['flight']} -> {$payload['gate']} {$payload['slot']}");
                $this->json($response, 200, ['flight' => $payload['flight'], 'gate' => $payload['gate']]);
            } finally {
                GateContext::leave();
            }
        }

        private function json(Response $response, int $status, array $data): void
        {
            $response->status($status);
            $response->header('Content-Type', 'application/json');
            $response->end(json_encode($data));
        }
    }
}

namespace {

    use Apron\Stands\AuditTrail;
    use Apron\Stands\GateAssignmentController;
    use Apron\Stands\StandAllocationTable;
    use Swoole\Http\Request;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501, (int) (getenv('PHPLEAK_N') ?: 100));

    $controller = null;
    $server->on('workerStart', static function () use (&$controller): void {
        $controller = new GateAssignmentController(new StandAllocationTable(), new AuditTrail());
    });
    $server->on('request', static function ($request, $response) use (&$controller): void {
        $controller($request, $response);
    });

    $flights = ['BA0117', 'VS0003', 'AA0101', 'LH0903', 'AF1381', 'EK0002', 'QF0002', 'UA0919', 'SQ0317', 'KL1010'];
    $gates = ['A10', 'A11', 'A12', 'A13', 'A14', 'B32', 'B33', 'B34', 'C52', 'C53', 'C54', 'C55'];
    $server->traffic = static function (int $i) use ($flights, $gates): Request {
        $request = new Request(json_encode([
            'flight' => $flights[$i % count($flights)],
            'gate' => $gates[$i % count($gates)],
            'slot' => sprintf('%02d:00', 6 + ($i * 7) % 18),
            'aircraft' => ['type' => ['A35K', 'B77W', 'A321', 'B789'][$i % 4], 'reg' => sprintf('G-X%03d', $i % 997)],
            'pax' => 120 + $i % 200,
            'remarks' => sprintf('Inbound from %s, on-block est %s, PRM %d, towing %s', ['JFK', 'DXB', 'SIN', 'FRA'][$i % 4], gmdate('H:i', 1714550400 + $i * 60), $i % 4, $i % 3 ? 'no' : 'yes'),
        ]));
        $request->header = ['x-request-id' => sprintf('%08x-%04x', 0x5e000000 + $i, $i % 65536), 'x-operator' => ['apron.ctl1', 'apron.ctl2', 'rms'][$i % 3]];
        $request->server = ['remote_addr' => '10.42.0.' . (10 + $i % 5), 'request_time_float' => 1714550400.0 + $i * 0.25];
        return $request;
    };

    $server->start();
}
