<?php
// An HTTP worker builds a middleware pipeline per route for every incoming request and runs the request through it to a controller.

declare(strict_types=1);

namespace App\Http;

use Closure;

final class ServerRequest
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        private array $headers = [],
        private array $attributes = [],
        private string $body = '',
    ) {
    }

    public function withAttribute(string $name, mixed $value): static
    {
        $clone = clone $this;
        $clone->attributes[$name] = $value;

        return $clone;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    public function getBody(): string
    {
        return $this->body;
    }
}

final class Response
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly int $status = 200,
        private array $headers = [],
        public readonly string $body = '',
    ) {
    }

    public function withHeader(string $name, string $value): static
    {
        $clone = clone $this;
        $clone->headers[strtolower($name)] = $value;

        return $clone;
    }

    public function getHeaders(): array
    {
        return $this->headers;
    }
}

interface RequestHandlerInterface
{
    public function handle(ServerRequest $request): Response;
}

interface MiddlewareInterface
{
    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response;
}

final class CallableHandler implements RequestHandlerInterface
{
    public function __construct(private Closure $callback) // leak
    {
    }

    public function handle(ServerRequest $request): Response
    {
        return ($this->callback)($request);
    }
}

final class RequestIdMiddleware implements MiddlewareInterface
{
    public function __construct(private string $prefix)
    {
    }

    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response
    {
        $id = $request->getHeaderLine('x-request-id') ?: uniqid($this->prefix, false);
        $response = $handler->handle($request->withAttribute('request_id', $id));

        return $response->withHeader('X-Request-Id', $id);
    }
}

final class JsonBodyMiddleware implements MiddlewareInterface
{
    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response
    {
        if (str_starts_with($request->getHeaderLine('content-type'), 'application/json')) {
            $request = $request->withAttribute('parsed_body', json_decode($request->getBody(), true) ?: []);
        }

        return $handler->handle($request);
    }
}

final class CorsMiddleware implements MiddlewareInterface
{
    /** @param list<string> $allowedOrigins */
    public function __construct(private array $allowedOrigins, private string $allowHeaders)
    {
    }

    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response
    {
        $origin = $request->getHeaderLine('origin');
        $response = $handler->handle($request);
        if (in_array($origin, $this->allowedOrigins, true)) {
            $response = $response
                ->withHeader('Access-Control-Allow-Origin', $origin)
                ->withHeader('Access-Control-Allow-Headers', $this->allowHeaders);
        }

        return $response;
    }
}

/**
 * Runs a queue of middleware in order, then hands over to the final handler.
 */
final class MiddlewarePipeline implements RequestHandlerInterface
{
    /** @var list<MiddlewareInterface> */
    private array $queue = [];
    private int $position = 0;
    private RequestHandlerInterface $next;

    private function __construct(private RequestHandlerInterface $final)
    {
        $this->next = new CallableHandler(fn (ServerRequest $r): Response => $this->advance($r)); // leak
    }

    public static function for(RequestHandlerInterface $final, MiddlewareInterface ...$middleware): self
    {
        $pipeline = new self($final);
        foreach ($middleware as $m) {
            $pipeline->pipe($m);
        }

        return $pipeline;
    }

    public function pipe(MiddlewareInterface $middleware): self
    {
        $this->queue[] = $middleware;

        return $this;
    }

    public function handle(ServerRequest $request): Response
    {
        $this->position = 0;

        return $this->advance($request);
    }

    private function advance(ServerRequest $request): Response
    {
        $middleware = $this->queue[$this->position] ?? null;
        if ($middleware === null) {
            return $this->final->handle($request);
        }
        $this->position++;

        return $middleware->process($request, $this->next);
    }
}

final class ArticleController implements RequestHandlerInterface
{
    public function handle(ServerRequest $request): Response
    {
        $payload = $request->getAttribute('parsed_body', []);

        return new Response(200, ['content-type' => 'application/json'], json_encode([
            'id' => $request->getAttribute('request_id'),
            'title' => $payload['title'] ?? 'untitled',
        ], JSON_THROW_ON_ERROR));
    }
}

final class Kernel
{
    public function __construct(
        private ArticleController $controller,
        private array $corsOrigins,
    ) {
    }

    public function handle(ServerRequest $request): Response
    {
        $pipeline = MiddlewarePipeline::for(
            $this->controller,
            new RequestIdMiddleware('req_'),
            new CorsMiddleware($this->corsOrigins, 'Content-Type, Authorization, X-Request-Id, X-Client-Version, X-Tenant'),
            new JsonBodyMiddleware(),
        );

        return $pipeline->handle($request);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel(new ArticleController(), ['https://app.example.com', 'https://admin.example.com']);
$served = 0;
for ($i = 0; $i < $n; $i++) {
    $request = new ServerRequest('POST', '/articles', [
        'content-type' => 'application/json',
        'origin' => 'https://app.example.com',
        'x-request-id' => 'req-' . $i,
    ], [], json_encode(['title' => 'Article ' . $i, 'body' => str_repeat('lorem ipsum ', 20)]));
    $response = $kernel->handle($request);
    $served += $response->status === 200 ? 1 : 0;
}
