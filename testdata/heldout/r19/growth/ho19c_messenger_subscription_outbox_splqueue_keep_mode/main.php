<?php

declare(strict_types=1);

require __DIR__ . '/src/Domain/Subscription.php';
require __DIR__ . '/src/Infrastructure/Outbox.php';

use Billing\Domain\Subscription;
use Billing\Infrastructure\EventSourcedRepository;
use Billing\Infrastructure\NullBrokerTransport;
use Billing\Infrastructure\Outbox;

final class RenewSubscription
{
    public function __construct(public readonly string $subscriptionId, public readonly string $plan, public readonly string $messageId)
    {
    }
}

final class RenewSubscriptionHandler
{
    public function __construct(
        private readonly EventSourcedRepository $repository,
        private readonly Outbox $outbox,
    ) {
    }

    public function __invoke(RenewSubscription $command): void
    {
        $subscription = new Subscription($command->subscriptionId, $command->plan, $command->plan === 'pro' ? 4900 : 1900);
        $subscription->renew(new DateTimeImmutable('2024-03-01'));
        $this->repository->save($subscription, $command->messageId);
        $this->outbox->relay();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$outbox = new Outbox(new NullBrokerTransport());
$handler = new RenewSubscriptionHandler(new EventSourcedRepository($outbox), $outbox);

for ($i = 0; $i < $n; $i++) {
    $handler(new RenewSubscription(sprintf('sub_%08d', $i), $i % 4 === 0 ? 'pro' : 'starter', 'msg-' . $i));
}
