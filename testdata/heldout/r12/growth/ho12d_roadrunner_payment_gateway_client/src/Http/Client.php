<?php

declare(strict_types=1);

namespace App\Http;

/*
 * A small Guzzle-like client: PSR-7 style messages, a handler stack and middleware.
 */

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
}

final class Response
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly int $status,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }
}

final class Middleware
{
    /**
     * Records every request/response pair into $container.
     *
     * @param array<int, array{request: Request, response: Response, options: array<string, mixed>}> $container
     */
    public static function history(array &$container): callable
    {
        return static function (callable $handler) use (&$container): callable {
            return static function (Request $request, array $options) use ($handler, &$container): Response {
                $response = $handler($request, $options);
                $container[] = ['request' => $request, 'response' => $response, 'options' => $options]; // leak

                return $response;
            };
        };
    }

    public static function mapRequest(callable $fn): callable
    {
        return static fn (callable $handler): callable => static fn (Request $request, array $options): Response => $handler($fn($request), $options);
    }
}

final class HandlerStack
{
    /** @var list<callable> */
    private array $stack = [];

    public function __construct(private $handler)
    {
    }

    public function push(callable $middleware): void
    {
        $this->stack[] = $middleware;
    }

    public function resolve(): callable
    {
        $handler = $this->handler;
        foreach (array_reverse($this->stack) as $middleware) {
            $handler = $middleware($handler);
        }

        return $handler;
    }
}

final class Client
{
    private $handler;

    public function __construct(HandlerStack $stack, private string $baseUri)
    {
        $this->handler = $stack->resolve();
    }

    /** @param array<string, mixed> $options */
    public function request(string $method, string $path, array $options = []): Response
    {
        $body = isset($options['json']) ? json_encode($options['json'], JSON_THROW_ON_ERROR) : '';

        return ($this->handler)(new Request($method, $this->baseUri . $path, ['Content-Type' => 'application/json'], $body), $options);
    }
}

/**
 * Answers like the payment provider's sandbox would, without a network.
 */
final class SandboxTransport
{
    public function __invoke(Request $request, array $options): Response
    {
        $payload = json_decode($request->body, true) ?: [];

        return new Response(201, ['Content-Type' => 'application/json', 'Request-Id' => md5($request->body)], json_encode([
            'id' => 'ch_' . md5($request->body),
            'object' => 'charge',
            'amount' => $payload['amount'] ?? 0,
            'currency' => $payload['currency'] ?? 'eur',
            'description' => $payload['description'] ?? '',
            'receipt_url' => 'https://pay.example.test/receipts/' . sha1($request->body),
            'status' => 'succeeded',
        ], JSON_THROW_ON_ERROR));
    }
}
