<?php
// RoadRunner HTTP worker: an audit middleware buffers one entry per
// state-changing request and ships them to the collector in batches.

namespace Spiral\RoadRunner\Http {
    final class ServerRequest
    {
        public function __construct(
            public string $method,
            public string $uri,
            public array $headers,
            public array $attributes = [],
            public string $body = '',
        ) {
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function withAttribute(string $name, mixed $value): self
        {
            $clone = clone $this;
            $clone->attributes[$name] = $value;
            return $clone;
        }
    }

    final class Response
    {
        public function __construct(public int $status, public string $body = '', public array $headers = [])
        {
        }
    }

    /** Stand-in for PSR7Worker: the relay yields requests until the server stops the worker. */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $maxJobs)
        {
        }

        public function waitRequest(): ?ServerRequest
        {
            if ($this->served >= $this->maxJobs) {
                return null;
            }
            $i = $this->served++;
            $method = $i % 5 === 0 ? 'GET' : 'POST';
            return new ServerRequest($method, '/api/tickets/' . (9000 + $i) . '/comments', [
                'x-request-id' => sprintf('%08x-%04x', 0x5a000000 + $i, $i & 0xffff),
                'x-user-id' => (string) (100 + $i % 17),
                'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
                'content-type' => 'application/json',
            ], [], json_encode(['comment' => str_repeat('looks good to me, merging after CI. ', 4)]));
        }

        public function respond(Response $response): void
        {
        }
    }
}

namespace App\Audit {
    use Spiral\RoadRunner\Http\ServerRequest;

    interface Transport
    {
        public function send(string $payload): void;
    }

    final class StreamTransport implements Transport
    {
        /** @var resource */
        private $stream;

        public function __construct(string $target)
        {
            $this->stream = fopen($target, 'wb');
        }

        public function send(string $payload): void
        {
            fwrite($this->stream, $payload . "\n");
        }
    }

    final class AuditTrail
    {
        /** @var list<array<string, mixed>> */
        private array $pending = [];
        private int $flushEvery;

        public function __construct(private Transport $transport, array $config)
        {
            // 0 = keep everything and ship it once, when the worker stops.
            $this->flushEvery = (int) ($config['flush_every'] ?? 0);
        }

        public function record(ServerRequest $request, int $status): void
        {
            $this->pending[] = [ // leak
                'at' => microtime(true),
                'request_id' => $request->getHeaderLine('X-Request-Id'),
                'user' => $request->getHeaderLine('X-User-Id'),
                'action' => $request->method . ' ' . $request->uri,
                'agent' => $request->getHeaderLine('User-Agent'),
                'status' => $status,
                'digest' => hash('sha256', $request->body),
            ];

            if ($this->flushEvery > 0 && count($this->pending) >= $this->flushEvery) {
                $this->flush();
            }
        }

        public function flush(): void
        {
            if ($this->pending === []) {
                return;
            }
            $this->transport->send(json_encode($this->pending));
            $this->pending = [];
        }

        public function __destruct()
        {
            $this->flush();
        }
    }

    final class AuditMiddleware
    {
        public function __construct(private AuditTrail $trail)
        {
        }

        public function process(ServerRequest $request, callable $next): \Spiral\RoadRunner\Http\Response
        {
            $response = $next($request);
            if ($request->method !== 'GET') {
                $this->trail->record($request, $response->status);
            }
            return $response;
        }
    }
}

namespace App {
    use Spiral\RoadRunner\Http\Response;
    use Spiral\RoadRunner\Http\ServerRequest;

    final class CommentController
    {
        public function __invoke(ServerRequest $request): Response
        {
            $data = json_decode($request->body, true) ?: [];
            return new Response(201, json_encode(['ok' => true, 'length' => strlen($data['comment'] ?? '')]), [
                'content-type' => 'application/json',
            ]);
        }
    }
}

namespace {
    use App\Audit\AuditMiddleware;
    use App\Audit\AuditTrail;
    use App\Audit\StreamTransport;
    use App\CommentController;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $config = [
        'audit' => [
            'transport' => '/dev/null',
            'flush_every' => 0,
        ],
    ];

    $trail = new AuditTrail(new StreamTransport($config['audit']['transport']), $config['audit']);
    $middleware = new AuditMiddleware($trail);
    $controller = new CommentController();

    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
    while ($request = $worker->waitRequest()) {
        try {
            $worker->respond($middleware->process($request, $controller));
        } catch (\Throwable $e) {
            $worker->respond(new \Spiral\RoadRunner\Http\Response(500, 'internal error'));
        }
    }
}
