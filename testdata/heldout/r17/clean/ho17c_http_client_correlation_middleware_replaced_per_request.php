<?php

declare(strict_types=1);

namespace Lite\Http;

use Closure;

final class Request
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }

    public function withHeader(string $name, string $value): self
    {
        return new self($this->method, $this->uri, [$name => $value] + $this->headers, $this->body);
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body = '')
    {
    }
}

/** Guzzle-style handler stack: middleware wrap the transport handler. */
final class HandlerStack
{
    /** @var list<array{0: callable, 1: string}> */
    private array $stack = [];

    private ?Closure $cached = null;

    public function __construct(private readonly Closure $handler)
    {
    }

    public function push(callable $middleware, string $name = ''): void
    {
        $this->stack[] = [$middleware, $name];
        $this->cached = null;
    }

    public function remove(string $name): void
    {
        $this->stack = array_values(array_filter($this->stack, static fn (array $entry): bool => $entry[1] !== $name));
        $this->cached = null;
    }

    public function __invoke(Request $request): Response
    {
        if ($this->cached === null) {
            $handler = $this->handler;
            foreach (array_reverse($this->stack) as [$middleware]) {
                $handler = $middleware($handler);
            }
            $this->cached = $handler;
        }

        return ($this->cached)($request);
    }
}

final class Middleware
{
    public static function mapRequest(callable $fn): Closure
    {
        return static fn (callable $next): Closure => static fn (Request $request): Response => $next($fn($request));
    }
}

final class Client
{
    public function __construct(private readonly HandlerStack $stack, private readonly string $baseUri)
    {
    }

    public function getHandlerStack(): HandlerStack
    {
        return $this->stack;
    }

    public function post(string $path, array $json): Response
    {
        $request = new Request('POST', $this->baseUri . $path, ['Content-Type' => 'application/json'], json_encode($json, JSON_THROW_ON_ERROR));

        return ($this->stack)($request);
    }
}

namespace App\Payment;

use Closure;
use Lite\Http\Client;
use Lite\Http\Middleware;
use Lite\Http\Request;

final class PaymentGateway
{
    public function __construct(private readonly Client $http)
    {
    }

    public function capture(string $paymentId, int $amountCents, string $correlationId): bool
    {
        $stack = $this->http->getHandlerStack();
        $stack->remove('correlation_id');
        $stack->push($this->correlationHeader($correlationId), 'correlation_id');

        $response = $this->http->post("/v2/payments/{$paymentId}/capture", [
            'amount' => ['value' => $amountCents, 'currency' => 'EUR'],
            'reference' => $correlationId,
        ]);

        return $response->status === 201;
    }

    private function correlationHeader(string $correlationId): Closure
    {
        return Middleware::mapRequest(static fn (Request $r): Request => $r->withHeader('X-Correlation-Id', $correlationId));
    }
}

namespace App;

use App\Payment\PaymentGateway;
use Lite\Http\Client;
use Lite\Http\HandlerStack;
use Lite\Http\Request;
use Lite\Http\Response;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// Built once by the container and shared by every request the worker serves.
$transport = static fn (Request $request): Response => new Response(isset($request->headers['X-Correlation-Id']) ? 201 : 400);
$gateway = new PaymentGateway(new Client(new HandlerStack($transport), 'https://api.psp.example'));

for ($i = 0; $i < $n; $i++) {
    $correlationId = sprintf('%08x-%04x-4%03x-a%03x-%012x', 0xbeef0000 + $i, $i % 0xffff, $i % 0xfff, ($i * 7) % 0xfff, 0x5eed00000000 + $i);
    $gateway->capture("pay_{$i}_" . str_repeat('x', 24), 1999 + $i, $correlationId);
}
