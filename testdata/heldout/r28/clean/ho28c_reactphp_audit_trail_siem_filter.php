<?php

/*
 * ReactPHP HTTP API for an identity provider's admin console. Every request
 * collects an audit trail; records are redacted lazily (hashing identifiers,
 * dropping secrets) and shipped to the SIEM after the response is sent.
 */

namespace React\EventLoop {
    final class Loop
    {
        /** @var list<callable> */
        private static array $ticks = [];

        public static function futureTick(callable $callback): void
        {
            self::$ticks[] = $callback;
        }

        public static function runTicks(): void
        {
            while (self::$ticks !== []) {
                $tick = array_shift(self::$ticks);
                $tick();
            }
        }
    }
}

namespace React\Http {
    final class ServerRequest
    {
        private array $attributes = [];

        public function __construct(public readonly string $method, public readonly string $path, public readonly array $headers, public readonly array $body)
        {
        }

        public function withAttribute(string $name, mixed $value): self
        {
            $clone = clone $this;
            $clone->attributes[$name] = $value;

            return $clone;
        }

        public function getAttribute(string $name): mixed
        {
            return $this->attributes[$name] ?? null;
        }
    }

    final class HttpServer
    {
        /** @var list<callable> */
        private array $middleware;

        public function __construct(callable ...$middleware)
        {
            $this->middleware = $middleware;
        }

        public function handle(ServerRequest $request): array
        {
            $next = static fn (ServerRequest $r): array => ['status' => 404];
            foreach (array_reverse($this->middleware) as $mw) {
                $next = static fn (ServerRequest $r): array => $mw($r, $next);
            }

            return $next($request);
        }
    }
}

namespace App\Audit {
    use React\EventLoop\Loop;
    use React\Http\ServerRequest;

    final class AuditTrail
    {
        private const SECRET_FIELDS = ['password', 'client_secret', 'otp', 'refresh_token'];

        /** @var list<array> */
        private array $raw = [];
        private ?\Generator $redacted = null;

        public function __construct(public readonly string $requestId, private string $pepper)
        {
        }

        public function record(string $action, array $context, int $level): void
        {
            $this->raw[] = ['action' => $action, 'context' => $context, 'level' => $level];
        }

        /** Redaction is done once, lazily, and shared by every reader. */
        public function redacted(): \Generator
        {
            return $this->redacted ??= $this->redact();
        }

        public function highestLevel(): int
        {
            return max(array_column($this->raw, 'level') ?: [0]);
        }

        private function redact(): \Generator
        {
            foreach ($this->raw as $i => $entry) {
                $context = array_diff_key($entry['context'], array_flip(self::SECRET_FIELDS));
                if (isset($context['actor'])) {
                    $context['actor'] = hash_hmac('sha256', $context['actor'], $this->pepper);
                }
                yield $i => ['request_id' => $this->requestId] + $entry + ['context' => $context];
            }
        }
    }

    final class SiemShipper
    {
        private string $chain = '';
        private int $shipped = 0;

        public function __construct(private int $minimumLevel)
        {
        }

        public function ship(AuditTrail $trail): void
        {
            foreach ($trail->redacted() as $record) {
                if ($record['level'] < $this->minimumLevel) {
                    continue;
                }
                $this->chain = hash('sha256', $this->chain . json_encode($record));
                ++$this->shipped;
            }
        }
    }

    final class AuditMiddleware
    {
        public function __construct(private SiemShipper $shipper, private string $pepper)
        {
        }

        public function __invoke(ServerRequest $request, callable $next): array
        {
            $trail = new AuditTrail($request->headers['x-request-id'], $this->pepper);
            $trail->record('http.request', ['actor' => $request->headers['x-admin-user'], 'path' => $request->path], 1);

            $response = $next($request->withAttribute('audit', $trail));

            // access log line names the first (redacted) audit action
            $first = $trail->redacted()->current();
            $response['headers']['x-audit'] = $first['action'] . ' ' . $first['context']['actor'];

            Loop::futureTick(fn () => $this->shipper->ship($trail));

            return $response;
        }
    }

    final class ClientAdminController
    {
        public function __invoke(ServerRequest $request): array
        {
            /** @var AuditTrail $trail */
            $trail = $request->getAttribute('audit');
            $clientId = $request->body['client_id'];
            if ($request->path === '/admin/clients/rotate-secret') {
                $trail->record('client.secret_rotated', ['actor' => $request->headers['x-admin-user'], 'client_id' => $clientId, 'client_secret' => bin2hex(random_bytes(24))], 3);
            } else {
                $trail->record('client.viewed', ['actor' => $request->headers['x-admin-user'], 'client_id' => $clientId, 'fields' => ['redirect_uris', 'scopes', 'grant_types']], 1);
            }

            return ['status' => 200, 'headers' => ['content-type' => 'application/json'], 'body' => '{"client_id":"' . $clientId . '"}'];
        }
    }
}

namespace {
    use App\Audit\AuditMiddleware;
    use App\Audit\ClientAdminController;
    use App\Audit\SiemShipper;
    use React\EventLoop\Loop;
    use React\Http\HttpServer;
    use React\Http\ServerRequest;

    $pepper = hash('sha256', 'audit-pepper-2024');
    $http = new HttpServer(new AuditMiddleware(new SiemShipper(2), $pepper), new ClientAdminController());

    $admins = ['alice@idp.example', 'bob@idp.example', 'carol@idp.example'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $path = $i % 4 === 0 ? '/admin/clients/rotate-secret' : '/admin/clients/show';
        $request = new ServerRequest('POST', $path, [
            'x-request-id' => bin2hex(random_bytes(16)),
            'x-admin-user' => $admins[$i % 3],
        ], ['client_id' => 'client_' . substr(hash('crc32b', (string) $i), 0, 8)]);

        $http->handle($request);
        Loop::runTicks();
    }
}
