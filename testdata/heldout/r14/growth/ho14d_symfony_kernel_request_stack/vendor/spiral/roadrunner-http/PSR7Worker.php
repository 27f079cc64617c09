<?php

namespace Spiral\RoadRunner\Http;

/**
 * In-process stand-in for the RoadRunner relay: hands out a fixed number of
 * requests, then reports that the pool is stopping.
 */
final class PSR7Worker
{
    private int $served = 0;
    private array $sent = ['count' => 0, 'bytes' => 0];

    public function __construct(private readonly int $limit, private readonly array $traffic)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }

        $i = $this->served++;
        $pick = $this->traffic[$i % count($this->traffic)];

        return [
            'method' => $pick['method'],
            'uri' => sprintf($pick['uri'], 1000 + $i),
            'headers' => [
                'host' => 'billing.internal',
                'accept' => $pick['accept'],
                'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
                'x-request-id' => bin2hex(random_bytes(16)),
                'authorization' => 'Bearer ' . base64_encode(random_bytes(60)),
                'cookie' => 'PHPSESSID=' . bin2hex(random_bytes(16)) . '; locale=en_GB',
            ],
            'body' => '',
        ];
    }

    public function respond(int $status, string $body, array $headers): void
    {
        $this->sent['count']++;
        $this->sent['bytes'] += strlen($body);
    }
}
