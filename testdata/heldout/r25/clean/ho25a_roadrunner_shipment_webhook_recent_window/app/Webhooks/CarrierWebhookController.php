<?php

declare(strict_types=1);

namespace App\Webhooks;

use App\Tracking\ShipmentStatusUpdater;
use App\Tracking\TrackingEvent;

final class CarrierWebhookController
{
    private const SUPPORTED_CARRIERS = ['dhl', 'ups', 'fedex', 'dpd'];

    public function __construct(
        private readonly IdempotencyGuard $guard,
        private readonly ShipmentStatusUpdater $updater,
    ) {
    }

    /**
     * @param array<string, string> $headers
     * @return array{status: int, body: string}
     */
    public function __invoke(array $headers, string $body): array
    {
        $carrier = strtolower($headers['X-Carrier'] ?? '');
        if (!in_array($carrier, self::SUPPORTED_CARRIERS, true)) {
            return ['status' => 404, 'body' => '{"error":"unknown carrier"}'];
        }

        $deliveryId = $headers['X-Webhook-Delivery'] ?? '';
        if ($deliveryId === '') {
            return ['status' => 400, 'body' => '{"error":"missing delivery id"}'];
        }

        $replayed = $this->guard->replay($carrier, $deliveryId);
        if ($replayed !== null) {
            return $replayed;
        }

        $payload = json_decode($body, true, 32, JSON_THROW_ON_ERROR);
        $event = TrackingEvent::fromCarrierPayload($carrier, $payload);
        $applied = $this->updater->apply($event);

        $response = [
            'status' => 202,
            'body' => json_encode([
                'accepted' => true,
                'applied' => $applied,
                'delivery' => $deliveryId,
                'event' => $event->toArray(),
            ], JSON_THROW_ON_ERROR),
        ];
        $this->guard->remember($carrier, $deliveryId, $response);

        return $response;
    }
}
