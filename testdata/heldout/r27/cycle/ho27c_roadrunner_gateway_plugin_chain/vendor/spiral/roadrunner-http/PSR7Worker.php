<?php

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

/**
 * Stand-in for the RoadRunner PSR-7 worker: replays a fixed stream of
 * requests instead of reading them from the RoadRunner relay.
 */
final class PSR7Worker
{
    private int $served = 0;
    private int $bytesOut = 0;

    private function __construct(private int $limit)
    {
    }

    public static function create(int $limit): self
    {
        return new self($limit);
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        $claims = base64_encode(json_encode(['sub' => 'acct_' . (41000 + $i * 3), 'aud' => 'edge', 'exp' => 1900000000 + $i]));
        $path = $i % 4 === 3
            ? '/status/health'
            : sprintf('/billing/invoices/inv_%06d/lines?page=%d', 120000 + $i, $i % 5);

        return new ServerRequest($i % 6 === 0 ? 'POST' : 'GET', $path, [
            'host' => ['api.example.com'],
            'authorization' => ['Bearer eyJhbGciOiJIUzI1NiJ9.' . $claims . '.sig' . dechex($i)],
            'cookie' => ['session=' . md5('s' . $i)],
            'user-agent' => ['billing-cli/3.' . ($i % 7)],
        ], $i % 6 === 0 ? json_encode(['lines' => [['sku' => 'plan-pro', 'qty' => 1 + $i % 3]]]) : '');
    }

    public function respond(Response $response): void
    {
        $this->bytesOut += strlen($response->getBody());
    }
}
