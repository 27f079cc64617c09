<?php

declare(strict_types=1);

namespace Givewell\CrmSync;

final class CrmEvent
{
    public function __construct(
        public readonly string $type,
        public readonly string $externalId,
        public readonly string $json,
        public readonly float $queuedAt,
    ) {
    }
}

/** Salesforce NPSP REST client stand-in: the session is opened lazily by login(). */
final class NpspClient
{
    private ?string $sessionId = null;
    private int $posted = 0;

    public function isConnected(): bool
    {
        return $this->sessionId !== null;
    }

    public function login(): void
    {
        $this->sessionId = '00D' . bin2hex(random_bytes(12));
    }

    /** @param list<CrmEvent> $events */
    public function compositePost(array $events): int
    {
        if ($this->sessionId === null) {
            throw new \LogicException('not logged in');
        }
        $this->posted += count($events);

        return 200;
    }
}

final class CrmOutbox
{
    private \SplQueue $pending;

    public function __construct(
        private readonly NpspClient $client,
        private readonly int $maxBatch,
    ) {
        $this->pending = new \SplQueue();
    }

    public function publish(CrmEvent $event): void
    {
        $this->pending->enqueue($event);
        $this->flush();
    }

    /** Also driven by the periodic timer registered at boot, as a safety net. */
    public function flush(): void
    {
        if ($this->pending->isEmpty()) {
            return;
        }
        if (!$this->client->isConnected()) {
            $this->client->login();
        }
        while (!$this->pending->isEmpty()) {
            $batch = [];
            while (!$this->pending->isEmpty() && count($batch) < $this->maxBatch) {
                $batch[] = $this->pending->dequeue();
            }
            $this->client->compositePost($batch);
        }
    }
}

final class DonationWebhookHandler
{
    public function __construct(private readonly CrmOutbox $outbox)
    {
    }

    public function __invoke(array $request): array
    {
        $charge = json_decode($request['body'], true)['data']['object'];
        $opportunity = [
            'Name' => sprintf('%s Donation %s', $charge['billing_details']['name'], date('Y-m-d', $charge['created'])),
            'Amount' => $charge['amount'] / 100,
            'StageName' => 'Closed Won',
            'CloseDate' => date('Y-m-d', $charge['created']),
            'npsp__Primary_Contact__r' => ['Email' => $charge['billing_details']['email']],
            'Campaign' => ['External_Id__c' => $charge['metadata']['campaign']],
            'Description' => $charge['metadata']['dedication'],
            'Stripe_Charge_Id__c' => $charge['id'],
            'npsp__Honoree_Name__c' => $charge['metadata']['honoree'] ?? null,
            'npsp__Notification_Message__c' => $charge['metadata']['card_message'] ?? null,
        ];
        $this->outbox->publish(new CrmEvent('Opportunity', $charge['id'], json_encode($opportunity), microtime(true)));

        return [204, ''];
    }
}

/** Minimal stand-in for React\EventLoop + React\Http\HttpServer: timers fire on wall-clock time. */
final class EventLoop
{
    /** @var list<array{interval: float, due: float, callback: \Closure}> */
    private array $timers = [];

    public function addPeriodicTimer(float $interval, \Closure $callback): void
    {
        $this->timers[] = ['interval' => $interval, 'due' => microtime(true) + $interval, 'callback' => $callback];
    }

    /** @param iterable<array> $incoming */
    public function runHttp(callable $handler, iterable $incoming): void
    {
        foreach ($incoming as $request) {
            $handler($request);
            $now = microtime(true);
            foreach ($this->timers as &$timer) {
                if ($timer['due'] <= $now) {
                    ($timer['callback'])();
                    $timer['due'] = $now + $timer['interval'];
                }
            }
            unset($timer);
        }
    }
}

function stripeWebhooks(int $n): \Generator
{
    $campaigns = ['giving-tuesday', 'year-end-appeal', 'spring-gala'];
    for ($i = 0; $i < $n; $i++) {
        yield ['method' => 'POST', 'uri' => '/webhooks/stripe', 'body' => json_encode([
            'type' => 'charge.succeeded',
            'data' => ['object' => [
                'id' => 'ch_' . bin2hex(random_bytes(12)),
                'amount' => 500 + ($i * 173) % 50000,
                'created' => 1700000000 + $i * 61,
                'billing_details' => ['name' => 'Supporter ' . $i, 'email' => "supporter$i@example.net"],
                'metadata' => [
                    'campaign' => $campaigns[$i % 3],
                    'honoree' => 'Friend ' . substr(md5((string) $i), 0, 8),
                    'card_message' => 'Please send the tribute card to the family at the address on file. ' . str_repeat('With love. ', 3),
                    'dedication' => sprintf('In loving memory of %s, who volunteered here for %d years.', substr(sha1((string) $i), 0, 10), 1 + $i % 30),
                ],
            ]],
        ])];
    }
}

$loop = new EventLoop();
$outbox = new CrmOutbox(new NpspClient(), 200);
$loop->addPeriodicTimer(30.0, static fn () => $outbox->flush());
$loop->runHttp(new DonationWebhookHandler($outbox), stripeWebhooks((int) (getenv('PHPLEAK_N') ?: 100)));
