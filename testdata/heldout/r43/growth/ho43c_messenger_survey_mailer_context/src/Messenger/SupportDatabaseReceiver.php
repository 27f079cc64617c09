<?php

namespace App\Messenger;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\ReceiverInterface;

/** Polls the messenger_messages table of the support database. */
final class SupportDatabaseReceiver implements ReceiverInterface
{
    private int $delivered = 0;
    private ?string $inFlight = null;

    public function __construct(private readonly int $available, private readonly \Closure $rowToMessage) {}

    public function get(): iterable
    {
        if ($this->delivered >= $this->available) {
            return [];
        }
        $id = sprintf('%08x-%04x-4%03x-a%03x-%012x', 0x51000000 + $this->delivered, $this->delivered & 0xffff, 1, 2, random_int(0, 0xffffffffff));
        $this->inFlight = $id;

        return [new Envelope(($this->rowToMessage)($this->delivered++), [new TransportMessageIdStamp($id)])];
    }

    public function ack(Envelope $envelope): void
    {
        $this->inFlight = null;
    }
}
