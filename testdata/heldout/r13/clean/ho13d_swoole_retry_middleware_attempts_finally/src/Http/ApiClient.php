<?php

declare(strict_types=1);

namespace App\Http;

final class ApiRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }

    public function header(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }
}

final class ApiResponse
{
    public function __construct(
        public readonly int $status,
        public readonly array $headers,
        public readonly string $body,
    ) {
    }
}

interface Transport
{
    public function send(ApiRequest $request): ApiResponse;
}

/** In-memory PSP sandbox: answers 503 on the first try of every seventh call. */
final class SandboxTransport implements Transport
{
    private int $calls = 0;

    public function send(ApiRequest $request): ApiResponse
    {
        $this->calls++;
        if ($this->calls % 7 === 0) {
            return new ApiResponse(503, ['retry-after' => '0'], '{"error":"upstream_unavailable"}');
        }

        return new ApiResponse(201, ['content-type' => 'application/json'], json_encode([
            'id' => 'cap_' . md5($request->body),
            'status' => 'captured',
            'request' => json_decode($request->body, true),
            'risk' => ['score' => 12, 'checks' => ['cvc' => 'pass', 'address' => 'pass', 'postal_code' => 'pass']],
            'receipt_url' => 'https://psp.example.test/receipts/' . sha1($request->body) . '/' . str_repeat('r', 200),
        ]));
    }
}

final class ApiClient
{
    /** @var \Closure(ApiRequest): ApiResponse */
    private \Closure $handler;

    /** @param list<callable(ApiRequest, callable): ApiResponse> $middleware */
    public function __construct(Transport $transport, array $middleware)
    {
        $handler = $transport->send(...);
        foreach (array_reverse($middleware) as $layer) {
            $next = $handler;
            $handler = static fn (ApiRequest $request): ApiResponse => $layer($request, $next);
        }
        $this->handler = $handler;
    }

    public function send(ApiRequest $request): ApiResponse
    {
        return ($this->handler)($request);
    }
}
