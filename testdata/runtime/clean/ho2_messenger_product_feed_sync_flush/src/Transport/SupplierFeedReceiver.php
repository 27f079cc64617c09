<?php

namespace App\Transport;

use App\Message\SyncProductFeed;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * Streams rows from the supplier SFTP drop as messages.
 */
final class SupplierFeedReceiver implements ReceiverInterface
{
    private int $cursor = 0;
    private int $acked = 0;
    private int $rejected = 0;

    public function __construct(private readonly string $supplier, private readonly int $rows)
    {
    }

    public function get(): iterable
    {
        while ($this->cursor < $this->rows) {
            $line = $this->cursor++;
            yield new Envelope(new SyncProductFeed($this->supplier, sprintf('%s-%07d', strtoupper($this->supplier), $line), [
                'name' => 'Cordless drill ' . $line . ' with two batteries and carrying case',
                'price' => 79.9 + $line % 20,
                'stock' => $line % 35,
                'description' => str_repeat('Brushless motor, 13mm chuck, LED work light. ', 4) . $line,
            ]));
        }
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope): void
    {
        $this->rejected++;
    }
}
