<?php

declare(strict_types=1);

namespace App\Customs\Outbox;

/**
 * Collects notices for the customs broker and posts them in batches so the
 * port community system is not hit once per hold.
 */
final class BrokerOutbox
{
    private \ArrayObject $pending;

    public function __construct(
        private readonly BrokerClient $client,
        private readonly int $batchSize,
    ) {
        $this->pending = new \ArrayObject();
    }

    public function record(OutboxEntry ...$entries): void
    {
        foreach ($entries as $entry) {
            $this->pending->append($entry); // leak
        }

        if ($this->pending->count() === $this->batchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending->count() === 0) {
            return;
        }
        $this->client->post($this->pending->getArrayCopy());
        $this->pending->exchangeArray([]);
    }
}
