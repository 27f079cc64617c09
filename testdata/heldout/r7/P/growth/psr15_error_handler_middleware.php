<?php
// A PSR-15 style middleware pipeline built once before the loop; its error middleware converts PHP warnings into exceptions carrying the current request.

final class ServerRequest
{
    public function __construct(public readonly string $method, public readonly string $uri, public readonly array $headers, public readonly string $body) {}
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body = '') {}
}

interface RequestHandlerInterface
{
    public function handle(ServerRequest $request): Response;
}

interface MiddlewareInterface
{
    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response;
}

final class RequestErrorException extends ErrorException
{
    public ?ServerRequest $request = null;
}

final class ErrorHandlerMiddleware implements MiddlewareInterface
{
    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response
    {
        set_error_handler(function (int $severity, string $message, string $file, int $line) use ($request): bool { // leak
            $e = new RequestErrorException($message, 0, $severity, $file, $line);
            $e->request = $request;
            throw $e;
        });
        try {
            return $handler->handle($request);
        } catch (RequestErrorException $e) {
            return new Response(500, 'Internal error on ' . $e->request->uri);
        }
    }
}

final class JsonBodyMiddleware implements MiddlewareInterface
{
    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response
    {
        if (($request->headers['Content-Type'] ?? '') !== 'application/json') {
            return new Response(415);
        }
        return $handler->handle($request);
    }
}

final class CreateOrderAction implements RequestHandlerInterface
{
    public function handle(ServerRequest $request): Response
    {
        $data = json_decode($request->body, true);
        return new Response(201, json_encode(['sku' => $data['sku'], 'qty' => $data['qty']]));
    }
}

final class Pipeline implements RequestHandlerInterface
{
    /** @param MiddlewareInterface[] $middleware */
    public function __construct(private array $middleware, private RequestHandlerInterface $fallback) {}

    public function handle(ServerRequest $request): Response
    {
        if ($this->middleware === []) {
            return $this->fallback->handle($request);
        }
        $next = clone $this;
        $first = array_shift($next->middleware);
        return $first->process($request, $next);
    }
}

$app = new Pipeline([new ErrorHandlerMiddleware(), new JsonBodyMiddleware()], new CreateOrderAction());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode(['sku' => 'SKU-' . ($i % 40), 'qty' => 1 + $i % 3, 'note' => str_repeat('gift wrap ', 20)]);
    $app->handle(new ServerRequest('POST', "/orders?ref={$i}", ['Content-Type' => 'application/json'], $body));
}
