<?php

declare(strict_types=1);

namespace Shop\Server;

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers,
        public readonly string $body,
        private array $attributes = [],
    ) {
    }

    public function withAttribute(string $name, mixed $value): self
    {
        $clone = clone $this;
        $clone->attributes[$name] = $value;

        return $clone;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body)
    {
    }

    public function withHeader(string $name, string $value): self
    {
        return new self($this->status, [$name => $value] + $this->headers, $this->body);
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

/** Hands the request to the next middleware of the pipeline it belongs to. */
final class Delegate implements RequestHandlerInterface
{
    public function __construct(
        private readonly Pipeline $pipeline,
        private readonly int $position,
    ) {
    }

    public function handle(ServerRequest $request): Response
    {
        return $this->pipeline->dispatch($request, $this->position);
    }
}

final class Pipeline
{
    /** Where the request currently is; read by the error page and the profiler. */
    private ?Delegate $cursor = null;
    private ?ServerRequest $current = null;

    /** @param list<MiddlewareInterface> $stack */
    public function __construct(private readonly array $stack, private readonly RequestHandlerInterface $fallback)
    {
    }

    public function run(ServerRequest $request): Response
    {
        try {
            return $this->dispatch($request, 0);
        } finally {
            $this->cursor = null;
            $this->current = null;
        }
    }

    public function dispatch(ServerRequest $request, int $position): Response
    {
        $this->current = $request;
        $middleware = $this->stack[$position] ?? null;
        if ($middleware === null) {
            return $this->fallback->handle($request);
        }
        $this->cursor = $this->delegateFor($position + 1);

        return $middleware->process($request, $this->cursor);
    }

    private function delegateFor(int $position): Delegate
    {
        return new Delegate($this, $position);
    }
}

final class PipelineFactory
{
    /** @param list<MiddlewareInterface> $stack */
    public function __construct(private readonly array $stack, private readonly RequestHandlerInterface $fallback)
    {
    }

    public function create(): Pipeline
    {
        return new Pipeline($this->stack, $this->fallback);
    }
}

final class ServerTimingMiddleware implements MiddlewareInterface
{
    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response
    {
        $start = hrtime(true);
        $response = $handler->handle($request);

        return $response->withHeader('Server-Timing', sprintf('app;dur=%.2f', (hrtime(true) - $start) / 1e6));
    }
}

final class JsonBodyMiddleware implements MiddlewareInterface
{
    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response
    {
        if (str_starts_with($request->headers['content-type'] ?? '', 'application/json')) {
            $request = $request->withAttribute('payload', json_decode($request->body, true, 32, JSON_THROW_ON_ERROR));
        }

        return $handler->handle($request);
    }
}

final class CreateShipmentController implements RequestHandlerInterface
{
    public function handle(ServerRequest $request): Response
    {
        $payload = $request->getAttribute('payload', []);
        $parcels = count($payload['parcels'] ?? []);

        return new Response(201, ['content-type' => 'application/json'], json_encode(['parcels' => $parcels, 'ref' => $payload['reference'] ?? null]));
    }
}

final class HttpKernel
{
    public function __construct(private readonly PipelineFactory $pipelines)
    {
    }

    public function handle(ServerRequest $request): Response
    {
        return $this->pipelines->create()->run($request);
    }
}

// ---- Workerman-style server: onMessage is called once per connection message.
$kernel = new HttpKernel(new PipelineFactory(
    [new ServerTimingMiddleware(), new JsonBodyMiddleware()],
    new CreateShipmentController(),
));
$onMessage = static function (string $rawBody, int $id) use ($kernel): void {
    $request = new ServerRequest('POST', '/shipments', ['content-type' => 'application/json', 'x-request-id' => "req-{$id}"], $rawBody);
    $kernel->handle($request);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'reference' => 'SHP-' . (31000 + $i),
        'recipient' => ['name' => "Recipient {$i}", 'street' => "{$i} Dock Road", 'city' => 'Rotterdam', 'zip' => '3011'],
        'parcels' => [
            ['weight' => 1.2 + $i % 5, 'dims' => [30, 20, 10]],
            ['weight' => 0.4, 'dims' => [10, 10, 5]],
        ],
        'notes' => str_repeat('fragile ', 20),
    ]);
    $onMessage($body, $i);
}
