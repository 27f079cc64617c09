<?php

namespace Spiral\RoadRunner;

final class Worker
{
    private int $served = 0;

    public static function create(): self
    {
        return new self((int) (getenv('PHPLEAK_N') ?: 100));
    }

    private function __construct(private int $limit)
    {
    }

    /** Reads the next frame from the relay (here: a synthetic frame). */
    public function waitPayload(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = ++$this->served;

        return [
            'method' => $i % 5 === 0 ? 'POST' : 'GET',
            'uri' => sprintf('/api/v2/warehouses/%d/stock?sku=SKU-%06d&page=%d', $i % 7, $i, $i % 3),
            'headers' => [
                'Host' => 'inventory.internal',
                'User-Agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 req/' . $i,
                'Accept' => 'application/json',
                'X-Forwarded-For' => '10.12.' . ($i % 250) . '.' . ($i % 200),
                'Cookie' => 'session=' . str_repeat(dechex($i), 8) . '; locale=en_GB',
            ],
            'body' => $i % 5 === 0 ? json_encode(['sku' => sprintf('SKU-%06d', $i), 'qty' => $i % 13]) : '',
            'server' => ['REMOTE_ADDR' => '127.0.0.1', 'REQUEST_TIME_FLOAT' => microtime(true), 'SERVER_PROTOCOL' => 'HTTP/1.1'],
        ];
    }

    public function respond(int $status, string $body, array $headers): void
    {
        // frame written to the relay
    }
}

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\ServerRequest;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Spiral\RoadRunner\Worker;

final class PSR7Worker
{
    public function __construct(private Worker $worker)
    {
    }

    public function waitRequest(): ?ServerRequestInterface
    {
        $payload = $this->worker->waitPayload();
        if ($payload === null) {
            return null;
        }

        return new ServerRequest($payload['method'], $payload['uri'], $payload['headers'], $payload['body'], $payload['server']);
    }

    public function respond(ResponseInterface $response): void
    {
        $this->worker->respond($response->getStatusCode(), $response->getBody(), $response->getHeaders());
    }
}
