<?php

declare(strict_types=1);

namespace App\Http;

use SplStack;

final class ServerRequest
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers,
        public readonly ?string $bearer = null,
    ) {
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body = '')
    {
    }
}

final class AuthenticationException extends \RuntimeException
{
}

final class Span
{
    public ?float $endedAt = null;

    /** @param array<string, string> $attributes */
    public function __construct(
        public readonly string $name,
        public readonly string $traceId,
        public readonly ?string $parentName,
        public readonly array $attributes,
        public readonly float $startedAt,
    ) {
    }
}

interface SpanExporter
{
    public function export(Span $span): void;
}

final class CountingExporter implements SpanExporter
{
    public int $exported = 0;

    public function export(Span $span): void
    {
        $this->exported++;
    }
}

/** Worker-wide tracer; the active-span stack gives nested spans their parent. */
final class Tracer
{
    private SplStack $active;

    public function __construct(private readonly SpanExporter $exporter)
    {
        $this->active = new SplStack();
    }

    /** @param array<string, string> $attributes */
    public function start(string $name, array $attributes): Span
    {
        $parent = $this->active->isEmpty() ? null : $this->active->top();
        $span = new Span($name, $parent?->traceId ?? bin2hex(random_bytes(16)), $parent?->name, $attributes, microtime(true));
        $this->active->push($span);

        return $span;
    }

    public function end(Span $span): void
    {
        $span->endedAt = microtime(true);
        if (!$this->active->isEmpty() && $this->active->top() === $span) {
            $this->active->pop();
        }
        $this->exporter->export($span);
    }
}

final class TracingMiddleware
{
    public function __construct(private readonly Tracer $tracer)
    {
    }

    /** @param callable(ServerRequest): Response $next */
    public function process(ServerRequest $request, callable $next): Response
    {
        $span = $this->tracer->start('http.server ' . $request->method, [
            'http.url' => $request->uri,
            'http.user_agent' => $request->headers['user-agent'] ?? '',
            'http.client_ip' => $request->headers['x-forwarded-for'] ?? '',
            'http.request_id' => $request->headers['x-request-id'] ?? '',
        ]);

        try {
            return $next($request);
        } finally {
            $this->tracer->end($span);
        }
    }
}

final class ErrorMiddleware
{
    /** @param callable(ServerRequest): Response $next */
    public function process(ServerRequest $request, callable $next): Response
    {
        try {
            return $next($request);
        } catch (AuthenticationException $e) {
            return new Response(401, '{"message":"Unauthenticated."}');
        }
    }
}

final class AccountController
{
    public function __invoke(ServerRequest $request): Response
    {
        if ($request->bearer === null) {
            throw new AuthenticationException('Missing bearer token');
        }

        return new Response(200, json_encode(['account' => substr($request->bearer, 0, 8)], JSON_THROW_ON_ERROR));
    }
}

final class Kernel
{
    public function __construct(
        private readonly ErrorMiddleware $errors,
        private readonly TracingMiddleware $tracing,
        private readonly AccountController $controller,
    ) {
    }

    public function handle(ServerRequest $request): Response
    {
        return $this->errors->process($request, fn (ServerRequest $r): Response => $this->tracing->process($r, $this->controller));
    }
}

$kernel = new Kernel(new ErrorMiddleware(), new TracingMiddleware(new Tracer(new CountingExporter())), new AccountController());

// stand-in for the RoadRunner PSR-7 worker loop: waitRequest() / respond()
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new ServerRequest('GET', sprintf('https://api.example.com/v2/accounts/me?include=billing,seats&_=%d', $i), [
        'user-agent' => sprintf('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_%d) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15', $i % 9, $i),
        'x-forwarded-for' => sprintf('203.0.%d.%d, 10.0.0.%d', $i % 256, ($i * 7) % 256, $i % 200),
        'x-request-id' => sprintf('%s-%s', substr(sha1((string) $i), 0, 20), dechex($i)),
    ], $i % 2 === 0 ? null : 'tok_' . md5((string) $i)));
}
