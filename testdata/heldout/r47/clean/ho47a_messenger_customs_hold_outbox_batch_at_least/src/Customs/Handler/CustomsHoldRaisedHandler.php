<?php

declare(strict_types=1);

namespace App\Customs\Handler;

use App\Customs\Message\CustomsHoldRaised;
use App\Customs\Outbox\BrokerOutbox;
use App\Customs\Outbox\OutboxEntry;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(fromTransport: 'customs')]
final class CustomsHoldRaisedHandler
{
    public function __construct(private readonly BrokerOutbox $outbox) {}

    public function __invoke(CustomsHoldRaised $hold): void
    {
        $notice = new OutboxEntry(
            'hold',
            $hold->container,
            sprintf('%s hold %s on %s (B/L %s): %s', $hold->authority, $hold->holdCode, $hold->container, $hold->billOfLading, $hold->reason),
            $hold->raisedAt,
        );
        $audit = new OutboxEntry(
            'audit',
            $hold->container,
            sprintf('raised by %s at %d', $hold->officer, $hold->raisedAt),
            $hold->raisedAt,
        );

        $yardStop = new OutboxEntry(
            'yard-stop',
            $hold->container,
            sprintf('block %s from vessel loading until %s releases %s', $hold->container, $hold->authority, $hold->holdCode),
            $hold->raisedAt,
        );

        $this->outbox->record($notice, $yardStop, $audit);
    }
}
