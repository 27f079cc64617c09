<?php

declare(strict_types=1);

namespace App\Message;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;

final class SyncCrmContact
{
    public function __construct(
        public readonly int $userId,
        public readonly string $email,
        public readonly array $changedFields,
    ) {
    }
}

/** AMQP queue stand-in for the "crm_sync" transport. */
final class CrmSyncReceiver implements ReceiverInterface
{
    private int $sent = 0;

    public function __construct(private readonly int $messages)
    {
    }

    public function get(): iterable
    {
        if ($this->sent >= $this->messages) {
            return [];
        }
        $i = $this->sent++;

        return [new Envelope(new SyncCrmContact(50000 + $i, sprintf('user%d@example.test', $i), [
            'first_name' => 'Alex',
            'last_name' => 'Morgan-' . ($i % 31),
            'plan' => ['free', 'pro', 'team'][$i % 3],
        ]), ['amqp_delivery_tag' => $i])];
    }

    public function ack(Envelope $envelope): void
    {
    }
}
