<?php

declare(strict_types=1);

namespace Swoole\Http {
    /** Minimal stand-ins: one Server per process, callbacks registered once, request/response per request. */
    final class Request
    {
        public array $server = [];
        public array $header = [];
        public ?array $post = null;
    }

    final class Response
    {
        public int $statusCode = 200;
        public array $headers = [];

        public function status(int $code): void { $this->statusCode = $code; }
        public function header(string $k, string $v): void { $this->headers[$k] = $v; }
        public function end(string $body = ''): void { }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public string $host, public int $port) {}

        public function set(array $settings): void {}

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        /** Test driver: one worker, PHPLEAK_N partner status posts. */
        public function start(): void
        {
            ($this->callbacks['workerStart'])($this, 0);
            $partners = ['NLB', 'BOD', 'KB-DK', 'DNB', 'BNF', 'UBL'];
            $states = ['requested', 'shipped', 'received', 'returned', 'cancelled'];
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $req = new Request();
                $req->server = ['request_method' => 'POST', 'request_uri' => '/ill/status', 'request_time_float' => 1700000000.0 + $i];
                $req->header = ['x-partner' => $partners[$i % 6]];
                $req->post = ['ill_id' => 'ILL-' . (70000 + $i), 'state' => $states[$i % 5], 'courier' => 'TRK' . ($i * 7727 % 1000003), 'note' => 'pallet ' . ($i % 40)];
                ($this->callbacks['request'])($req, new Response());
            }
        }
    }
}

namespace App\Ill {
    final class IllEvent
    {
        public function __construct(
            public readonly int $seq,
            public readonly string $illId,
            public readonly string $partner,
            public readonly string $kind,
            public readonly string $summary,
            public readonly array $payload,
        ) {}
    }

    /** A partner's status post becomes the status event plus its courier/audit event. */
    final class StatusUpdateMapper
    {
        private int $seq = 0;

        /** @return list<IllEvent> */
        public function events(string $partner, array $post, float $at): array
        {
            $status = new IllEvent(
                ++$this->seq,
                $post['ill_id'],
                $partner,
                'status',
                sprintf('%s reports %s as %s', $partner, $post['ill_id'], strtoupper($post['state'])),
                ['state' => $post['state'], 'at' => $at, 'raw' => json_encode($post) . str_repeat(' ', 200) . sha1($post['ill_id'])],
            );
            $audit = new IllEvent(
                ++$this->seq,
                $post['ill_id'],
                $partner,
                'courier',
                sprintf('Courier %s for %s (%s): %s', $post['courier'], $post['ill_id'], $partner, $post['note']),
                ['tracking' => $post['courier'], 'label' => str_pad('ZPL^XA^FO50,50^A0N,40^FD' . $post['courier'] . '^FS', 420, '^FS') . '^XZ'],
            );

            return [$status, $audit];
        }
    }

    /** Newest-first event feed for the inter-library desk's wall board. */
    final class RecentIllEvents
    {
        private \SplMinHeap $heap;

        public function __construct(private int $keep)
        {
            $this->heap = new class extends \SplMinHeap {
                protected function compare(mixed $a, mixed $b): int
                {
                    return $b->seq <=> $a->seq; // smallest seq (oldest) on top
                }
            };
        }

        public function add(IllEvent $event): void
        {
            $this->heap->insert($event); // leak
        }

        /** Drops the oldest events beyond the board size; run once per request. */
        public function trim(): void
        {
            if ($this->heap->count() > $this->keep) {
                $this->heap->extract();
            }
        }

        public function size(): int
        {
            return $this->heap->count();
        }
    }
}

namespace {
    use App\Ill\RecentIllEvents;
    use App\Ill\StatusUpdateMapper;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    const ILL_BOARD_ROWS = 40;

    $server = new Server('0.0.0.0', 9501);
    $server->set(['worker_num' => 1, 'max_request' => 0]);

    $board = null;
    $mapper = null;
    $server->on('workerStart', static function (Server $server, int $workerId) use (&$board, &$mapper): void {
        $board = new RecentIllEvents(ILL_BOARD_ROWS);
        $mapper = new StatusUpdateMapper();
    });

    $server->on('request', static function (Request $request, Response $response) use (&$board, &$mapper): void {
        $partner = $request->header['x-partner'] ?? 'unknown';
        foreach ($mapper->events($partner, $request->post ?? [], $request->server['request_time_float']) as $event) {
            $board->add($event);
        }
        $board->trim();
        $response->header('content-type', 'application/json');
        $response->end(json_encode(['ok' => true, 'board' => $board->size()]));
    });

    $server->start();
}
