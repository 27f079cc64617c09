<?php
declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

/**
 * Stand-in for the RoadRunner PSR-7 worker. The chat gateway reports socket
 * connects and disconnects to this service; each request here carries one
 * connect and the disconnect of the previous client, PHPLEAK_N in all.
 */
final class PSR7Worker
{
    private const PLATFORMS = ['ios', 'android', 'web'];

    private int $served = 0;
    private int $limit;
    private ?array $previous = null;

    public function __construct()
    {
        $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        $platform = self::PLATFORMS[$i % 3];
        $client = [
            'user_id' => 120000 + $i * 13,
            'device_id' => $platform . '-' . substr(sha1("device{$i}"), 0, 16),
            'platform' => $platform,
            'app_version' => $platform === 'web' ? '2024.5.1' : '8.12.' . ($i % 4),
            'status' => $i % 5 === 0 ? 'busy' : 'online',
            'status_text' => $i % 5 === 0 ? "on a date, back later :) #{$i}" : "open to chat - ask me about my dog ({$i})",
        ];
        $body = json_encode([
            'gateway' => 'ws-gw-' . ($i % 4),
            'connected' => [$client],
            'disconnected' => $this->previous === null ? [] : [[
                'user_id' => $this->previous['user_id'],
                'device_id' => $this->previous['device_id'],
                'reason' => $i % 4 === 0 ? 'timeout' : 'client_close',
            ]],
        ]);
        $this->previous = $client;

        return new ServerRequest('POST', '/internal/presence/sync', [
            'content-type' => 'application/json',
            'x-gateway-signature' => hash_hmac('sha256', $body, 'shared-secret'),
        ], $body);
    }

    public function respond(Response $response): void
    {
    }
}
