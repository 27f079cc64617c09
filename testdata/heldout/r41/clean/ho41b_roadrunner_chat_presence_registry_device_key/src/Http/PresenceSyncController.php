<?php
declare(strict_types=1);

namespace App\Http;

use App\Presence\PresenceRegistry;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class PresenceSyncController
{
    public function __construct(private readonly PresenceRegistry $presence, private readonly string $secret)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $body = $request->getBody();
        if (!hash_equals(hash_hmac('sha256', $body, $this->secret), $request->getHeaderLine('x-gateway-signature'))) {
            return new Response(403);
        }
        $sync = json_decode($body, true, 8, JSON_THROW_ON_ERROR);

        foreach ($sync['disconnected'] ?? [] as $gone) {
            $this->presence->disconnected((int) $gone['user_id'], (string) $gone['device_id'], (string) ($gone['reason'] ?? 'unknown'));
        }
        $online = [];
        foreach ($sync['connected'] ?? [] as $client) {
            $this->presence->connected($client, (string) $sync['gateway']);
            $online[] = $client['user_id'];
        }

        return new Response(204, ['x-online' => implode(',', $online)]);
    }
}
