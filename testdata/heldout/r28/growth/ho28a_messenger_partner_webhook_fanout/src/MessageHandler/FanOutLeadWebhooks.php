<?php

namespace App\MessageHandler;

use App\Message\LeadCaptured;
use App\Webhook\DeliveryFailed;
use App\Webhook\PartnerHttpClient;
use App\Webhook\PartnerRegistry;
use App\Webhook\RetryPolicy;
use App\Webhook\WebhookDelivery;
use Symfony\Component\EventDispatcher\EventDispatcher;

final class FanOutLeadWebhooks
{
    public function __construct(
        private PartnerRegistry $partners,
        private PartnerHttpClient $http,
        private EventDispatcher $dispatcher,
        private RetryPolicy $retries,
    ) {
    }

    public function __invoke(LeadCaptured $lead): void
    {
        foreach ($this->partners->subscribedTo('lead.captured') as $partner) {
            $this->deliver(WebhookDelivery::leadCaptured($partner, $lead));
        }
    }

    private function deliver(WebhookDelivery $delivery): void
    {
        $onFailure = $this->retries->listenerFor($delivery);
        $this->dispatcher->addListener(DeliveryFailed::NAME, $onFailure); // leak

        $response = $this->http->post($delivery->partner->url, $delivery->body, $delivery->headers());

        if ($response->status >= 400) {
            $this->dispatcher->dispatch(new DeliveryFailed($delivery, $response->status), DeliveryFailed::NAME);
            $this->dispatcher->removeListener(DeliveryFailed::NAME, $onFailure);
        }
    }
}

final class RetryWebhookDeliveryHandler
{
    private array $lastAttempt = [];

    public function __invoke(\App\Message\RetryWebhookDelivery $retry): void
    {
        // Retries are re-posted from the outbox table; only the latest
        // attempt per partner is kept for the health endpoint.
        $this->lastAttempt[$retry->partner] = [$retry->deliveryId, $retry->attempt];
    }
}
