<?php

declare(strict_types=1);

namespace React;

final class Loop
{
    /** @var list<callable> */
    private array $queue = [];
    private bool $running = false;

    public function futureTick(callable $fn): void
    {
        $this->queue[] = $fn;
    }

    public function run(): void
    {
        $this->running = true;
        while ($this->running && $this->queue !== []) {
            $fn = array_shift($this->queue);
            $fn();
        }
    }
}

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }

    public function header(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }
}

final class HttpServer
{
    private int $served = 0;

    /** @param callable(ServerRequest): array $handler */
    public function __construct(private Loop $loop, private $handler)
    {
    }

    public function listen(int $requests): void
    {
        $next = function () use (&$next, $requests): void {
            if ($this->served >= $requests) {
                return;
            }
            $i = ++$this->served;
            $request = new ServerRequest('GET', "/orders/{$i}", [
                'accept-language' => ['de-DE,de;q=0.9', 'fr-FR', 'en-US,en;q=0.8'][$i % 3],
                'authorization' => 'Bearer ' . hash('sha256', "user-{$i}"),
                'x-forwarded-for' => "192.168.{$i}." . ($i % 255),
            ], '');
            ($this->handler)($request);
            $this->loop->futureTick($next);
        };
        $this->loop->futureTick($next);
    }
}

namespace App;

use React\ServerRequest;

final class RequestContext
{
    public array $attributes = [];

    public function __construct(
        public readonly string $userId,
        public readonly string $locale,
        public readonly array $roles,
        public readonly string $traceparent,
    ) {
    }
}

/** Per-request data that middleware attaches without mutating the immutable request. */
final class RequestContextStore
{
    private \SplObjectStorage $contexts;

    public function __construct()
    {
        $this->contexts = new \SplObjectStorage();
    }

    public function attach(ServerRequest $request, RequestContext $context): void
    {
        $this->contexts[$request] = $context; // leak
    }

    public function get(ServerRequest $request): RequestContext
    {
        return $this->contexts[$request] ?? throw new \LogicException('No context for request');
    }
}

final class AuthMiddleware
{
    public function __construct(private RequestContextStore $store)
    {
    }

    public function __invoke(ServerRequest $request, callable $next): array
    {
        $token = substr($request->header('Authorization'), 7);
        $context = new RequestContext(
            'u-' . substr($token, 0, 12),
            substr($request->header('Accept-Language'), 0, 5),
            ['ROLE_USER', 'ROLE_CUSTOMER_' . strtoupper(substr($token, 0, 6))],
            sprintf('00-%s-%s-01', substr(hash('md5', $token), 0, 32), substr($token, 12, 16)),
        );
        $context->attributes['client_ip'] = $request->header('X-Forwarded-For');
        $context->attributes['claims'] = str_repeat($token, 6);
        $this->store->attach($request, $context);

        return $next($request);
    }
}

final class OrderController
{
    public function __construct(private RequestContextStore $store)
    {
    }

    public function show(ServerRequest $request): array
    {
        $ctx = $this->store->get($request);

        return ['status' => 200, 'body' => json_encode(['path' => $request->path, 'user' => $ctx->userId, 'locale' => $ctx->locale])];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$loop = new \React\Loop();
$store = new RequestContextStore();
$auth = new AuthMiddleware($store);
$controller = new OrderController($store);
$server = new \React\HttpServer($loop, static fn (ServerRequest $r): array => $auth($r, [$controller, 'show']));
$server->listen($n);
$loop->run();
