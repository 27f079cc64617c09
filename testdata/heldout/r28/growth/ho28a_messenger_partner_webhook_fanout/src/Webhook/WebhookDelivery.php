<?php

namespace App\Webhook;

use App\Message\LeadCaptured;

final class WebhookDelivery
{
    public function __construct(
        public readonly string $id,
        public readonly Partner $partner,
        public readonly string $body,
        public readonly string $signature,
        public int $attempt = 1,
    ) {
    }

    public static function leadCaptured(Partner $partner, LeadCaptured $lead): self
    {
        $body = json_encode([
            'event' => 'lead.captured',
            'lead_id' => $lead->leadId,
            'email' => $lead->email,
            'form' => $lead->formId,
            'fields' => $lead->fields,
            'captured_at' => date(DATE_ATOM, $lead->capturedAt),
        ]);

        return new self(
            sprintf('dlv_%s_%d_%s', $partner->slug, $lead->leadId, bin2hex(random_bytes(4))),
            $partner,
            $body,
            hash_hmac('sha256', $lead->capturedAt . '.' . $body, $partner->secret),
        );
    }

    public function headers(): array
    {
        return ['Content-Type' => 'application/json', 'X-Webhook-Id' => $this->id, 'X-Signature' => 'v1=' . $this->signature];
    }
}

final class DeliveryFailed
{
    public const NAME = 'webhook.delivery_failed';

    public function __construct(public readonly WebhookDelivery $delivery, public readonly int $status)
    {
    }
}

final class HttpResponse
{
    public function __construct(public readonly int $status, public readonly string $body = '')
    {
    }
}

/** Fake partner HTTP client: the flaky partner answers 503 now and then. */
final class PartnerHttpClient
{
    public function post(string $url, string $body, array $headers): HttpResponse
    {
        if (str_contains($url, 'flaky') && crc32($headers['X-Webhook-Id']) % 5 === 0) {
            return new HttpResponse(503);
        }

        return new HttpResponse(202, '{"ok":true}');
    }
}
