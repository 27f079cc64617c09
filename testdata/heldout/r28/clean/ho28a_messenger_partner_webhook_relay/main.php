<?php

require __DIR__ . '/vendor/symfony/EventDispatcher.php';
require __DIR__ . '/vendor/symfony/Messenger.php';
require __DIR__ . '/src/Message/LeadCaptured.php';
require __DIR__ . '/src/Webhook/Partner.php';
require __DIR__ . '/src/Webhook/WebhookDelivery.php';
require __DIR__ . '/src/Webhook/RetryPolicy.php';
require __DIR__ . '/src/MessageHandler/FanOutLeadWebhooks.php';

use App\Message\LeadCaptured;
use App\Message\RetryWebhookDelivery;
use App\MessageHandler\FanOutLeadWebhooks;
use App\MessageHandler\RetryWebhookDeliveryHandler;
use App\Webhook\Partner;
use App\Webhook\PartnerHttpClient;
use App\Webhook\PartnerRegistry;
use App\Webhook\RetryPolicy;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\InMemoryTransport;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

// --- container boot ---
$transport = new InMemoryTransport();
$bus = new MessageBus($transport);
$dispatcher = new EventDispatcher();

$partners = new PartnerRegistry([
    new Partner('salesforce', 'https://hooks.salesforce.example/lead', 'sf_7a1c', ['lead.captured', 'lead.scored']),
    new Partner('hubspot', 'https://api.hubspot.example/webhooks/v3/lead', 'hs_9e2d', ['lead.captured']),
    new Partner('zapier-flaky', 'https://hooks.zapier.example/flaky/catch/123', 'zp_31bb', ['lead.captured']),
    new Partner('slack', 'https://hooks.slack.example/services/T000', 'sl_0000', ['deal.won']),
]);

$bus->addHandler(LeadCaptured::class, new FanOutLeadWebhooks($partners, new PartnerHttpClient(), $dispatcher, new RetryPolicy($bus)));
$bus->addHandler(RetryWebhookDelivery::class, new RetryWebhookDeliveryHandler());

$incoming = (function (int $n) {
    for ($i = 0; $i < $n; $i++) {
        $leadId = 880000 + $i;
        yield new LeadCaptured($leadId, "prospect$leadId@company{$i}.example", ['demo_request', 'ebook_download', 'webinar'][$i % 3], [
            'company' => "Company $i GmbH",
            'job_title' => ['CMO', 'Growth Lead', 'Marketing Ops'][$i % 3],
            'employees' => (string) (50 * ($i % 9 + 1)),
            'message' => str_repeat('Interested in pricing. ', 1 + $i % 3),
        ], 1714000000 + $i * 17);
    }
})((int) (getenv('PHPLEAK_N') ?: 100));

(new Worker($transport, $bus))->run($incoming);
