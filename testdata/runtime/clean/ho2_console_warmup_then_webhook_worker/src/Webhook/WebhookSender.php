<?php

namespace App\Webhook;

use App\Cache\TemplateCache;

/**
 * Builds and "sends" outgoing webhook requests.
 */
final class WebhookSender
{
    private int $delivered = 0;
    private int $rejected = 0;

    public function __construct(private TemplateCache $cache, private string $secret)
    {
    }

    public function deliver(WebhookDelivery $delivery): bool
    {
        $expected = hash_hmac('sha256', $delivery->id . $delivery->event, $this->secret);
        if (!hash_equals($expected, $delivery->signature) || !$this->cache->has($delivery->event)) {
            $this->rejected++;

            return false;
        }

        $body = strtr($this->cache->get($delivery->event), ['{account}' => $delivery->data['account'], '{event}' => $delivery->event, '{amount}' => $delivery->data['amount']]);
        $request = sprintf("POST %s HTTP/1.1\r\nContent-Type: text/plain\r\nX-Signature: %s\r\n\r\n%s", $delivery->endpoint, $delivery->signature, $body);
        $this->delivered += (int) (\strlen($request) > 0);

        return true;
    }
}
