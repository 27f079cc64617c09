<?php

declare(strict_types=1);

namespace App\Payments;

interface HttpClient
{
    public function send(OutboundRequest $request): OutboundResponse;
}

final class OutboundRequest
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

final class OutboundResponse
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class TraceContext
{
    /** @param array<string, string> $baggage */
    public function __construct(
        public readonly string $traceId,
        public readonly string $spanId,
        public readonly array $baggage,
    ) {
    }

    public function traceparent(): string
    {
        return sprintf('00-%s-%s-01', $this->traceId, $this->spanId);
    }

    public function baggageHeader(): string
    {
        $pairs = [];
        foreach ($this->baggage as $key => $value) {
            $pairs[] = $key . '=' . rawurlencode($value);
        }

        return implode(',', $pairs);
    }
}

/** Transport used by the SDK; stands in for a Guzzle/Symfony client. */
final class StubTransport implements HttpClient
{
    public function send(OutboundRequest $request): OutboundResponse
    {
        return new OutboundResponse(201, '{"id":"ch_' . substr(md5($request->body), 0, 12) . '"}');
    }
}

/** Decorator adding W3C trace headers so the PSP call shows up in the trace. */
final class TracingHttpClient implements HttpClient
{
    public function __construct(
        private readonly HttpClient $inner,
        private readonly TraceContext $trace,
    ) {
    }

    public function send(OutboundRequest $request): OutboundResponse
    {
        return $this->inner->send(
            $request
                ->withHeader('traceparent', $this->trace->traceparent())
                ->withHeader('baggage', $this->trace->baggageHeader()),
        );
    }
}

/** Resolved once per worker by the container (Octane keeps singletons). */
final class PaymentGateway
{
    private HttpClient $client;

    public function __construct(
        private readonly HttpClient $transport,
        private readonly string $apiBase,
    ) {
        $this->client = $transport;
    }

    public function useTrace(TraceContext $trace): void
    {
        $this->client = new TracingHttpClient($this->client, $trace); // leak
    }

    public function charge(string $customer, int $amountCents, string $currency): string
    {
        $response = $this->client->send(new OutboundRequest(
            'POST',
            $this->apiBase . '/v1/charges',
            ['content-type' => 'application/json'],
            json_encode(['customer' => $customer, 'amount' => $amountCents, 'currency' => $currency], JSON_THROW_ON_ERROR),
        ));

        return json_decode($response->body, true, 512, JSON_THROW_ON_ERROR)['id'];
    }
}

namespace App\Http;

use App\Payments\PaymentGateway;
use App\Payments\TraceContext;

final class Request
{
    /** @param array<string, string> $headers */
    public function __construct(public readonly string $path, public readonly array $headers, public readonly array $input)
    {
    }
}

/** Middleware: propagates the incoming trace into outgoing PSP calls. */
final class PropagateTrace
{
    public function __construct(private readonly PaymentGateway $gateway)
    {
    }

    public function handle(Request $request, \Closure $next): array
    {
        $this->gateway->useTrace(new TraceContext(
            $request->headers['x-trace-id'] ?? bin2hex(random_bytes(16)),
            bin2hex(random_bytes(8)),
            [
                'tenant' => $request->headers['x-tenant'] ?? 'default',
                'user-agent' => $request->headers['user-agent'] ?? '',
                'route' => $request->path,
            ],
        ));

        return $next($request);
    }
}

final class CheckoutController
{
    public function __construct(private readonly PaymentGateway $gateway)
    {
    }

    public function __invoke(Request $request): array
    {
        $chargeId = $this->gateway->charge($request->input['customer'], $request->input['amount'], 'EUR');

        return ['status' => 201, 'charge' => $chargeId];
    }
}

namespace App;

use App\Http\CheckoutController;
use App\Http\PropagateTrace;
use App\Http\Request;
use App\Payments\PaymentGateway;
use App\Payments\StubTransport;

$gateway = new PaymentGateway(new StubTransport(), 'https://psp.example.test');
$middleware = new PropagateTrace($gateway);
$controller = new CheckoutController($gateway);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('/checkout/' . $i, [
        'x-trace-id' => bin2hex(random_bytes(16)),
        'x-tenant' => 'shop-' . ($i % 7),
        'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 build/' . $i,
    ], ['customer' => 'cus_' . str_pad((string) $i, 10, '0', STR_PAD_LEFT), 'amount' => 1000 + $i]);

    $middleware->handle($request, static fn (Request $r): array => $controller($r));
}
