<?php
namespace App\Chat;

final class PushGateway
{
    private int $sent = 0;

    /** @param array<string, string> $providers */
    public function __construct(private array $providers) {}

    public function notify(string $role, string $orderId, string $preview, int $unread): void
    {
        $provider = $this->providers[$role] ?? 'fcm';
        $payload = json_encode(['provider' => $provider, 'order' => $orderId, 'preview' => substr($preview, 0, 60), 'badge' => $unread]);
        $this->sent += strlen($payload) > 0 ? 1 : 0;
    }
}
