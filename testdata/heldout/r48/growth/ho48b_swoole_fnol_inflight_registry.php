<?php

declare(strict_types=1);

// First-notice-of-loss intake on a Swoole HTTP server: every FNOL is tracked
// as "in flight" in a worker-wide registry while it is validated and triaged.

namespace Swoole\Http {
    final class Request
    {
        public array $server = [];
        public array $header = [];
        public ?string $content = null;

        public function rawContent(): string
        {
            return (string) $this->content;
        }
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

        public function end(string $content = ''): void
        {
            $this->body = $content;
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $perils = ['water', 'fire', 'theft', 'hail', 'collision'];
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->server = ['request_method' => 'POST', 'request_uri' => '/api/fnol'];
                $request->header = ['content-type' => 'application/json', 'x-channel' => 'broker-portal'];
                $request->content = json_encode([
                    'policy' => sprintf('HO-%07d', 1000000 + $i),
                    'peril' => $perils[$i % 5],
                    'occurred_at' => date('c', 1700000000 + $i * 60),
                    'narrative' => str_repeat("Insured reports damage at the covered dwelling, ref {$i}. ", 6),
                ]);
                $response = new Response();
                ($this->callbacks['request'])($request, $response);
            }
        }
    }
}

namespace App\Fnol {
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class LossNotice
    {
        public function __construct(
            public readonly string $id,
            public readonly string $policyNumber,
            public readonly string $peril,
            public readonly string $occurredAt,
            public readonly string $narrative,
            public readonly string $status = 'received',
            public readonly ?string $queue = null,
        ) {
        }

        public function withStatus(string $status): self
        {
            return new self($this->id, $this->policyNumber, $this->peril, $this->occurredAt, $this->narrative, $status, $this->queue);
        }

        public function routedTo(string $queue): self
        {
            return new self($this->id, $this->policyNumber, $this->peril, $this->occurredAt, $this->narrative, 'triaged', $queue);
        }
    }

    final class InFlightRegistry
    {
        private \SplObjectStorage $inflight;

        public function __construct()
        {
            $this->inflight = new \SplObjectStorage();
        }

        public function begin(LossNotice $notice, string $channel): void
        {
            $this->inflight[$notice] = ['channel' => $channel, 'since' => microtime(true)]; // leak
        }

        public function complete(LossNotice $notice): void
        {
            $this->inflight->detach($notice);
        }

        public function depth(): int
        {
            return $this->inflight->count();
        }
    }

    final class IntakeHandler
    {
        private int $sequence = 0;

        public function __construct(private readonly InFlightRegistry $registry)
        {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $payload = json_decode($request->rawContent(), true, 8, JSON_THROW_ON_ERROR);
            $notice = new LossNotice(
                sprintf('FNOL-%08d', ++$this->sequence),
                $payload['policy'],
                $payload['peril'],
                $payload['occurred_at'],
                $payload['narrative'],
            );
            $this->registry->begin($notice, $request->header['x-channel'] ?? 'web');

            $notice = $this->validate($notice);
            $notice = $this->triage($notice);

            $this->registry->complete($notice);

            $response->status(201);
            $response->header('content-type', 'application/json');
            $response->end(json_encode(['id' => $notice->id, 'status' => $notice->status, 'queue' => $notice->queue]));
        }

        private function validate(LossNotice $notice): LossNotice
        {
            if (!preg_match('/^HO-\d{7}$/', $notice->policyNumber)) {
                return $notice->withStatus('rejected');
            }

            return $notice->withStatus('validated');
        }

        private function triage(LossNotice $notice): LossNotice
        {
            return $notice->routedTo(in_array($notice->peril, ['fire', 'water'], true) ? 'property-desk' : 'fast-track');
        }
    }
}

namespace {
    use App\Fnol\InFlightRegistry;
    use App\Fnol\IntakeHandler;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501);
    $registry = new InFlightRegistry();
    $handler = new IntakeHandler($registry);

    $server->on('workerStart', static function (Server $server, int $workerId): void {
    });
    $server->on('request', $handler);
    $server->start();
}
