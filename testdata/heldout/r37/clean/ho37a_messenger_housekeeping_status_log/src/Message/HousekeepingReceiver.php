<?php

namespace App\Message;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\TransportMessageIdStamp;

/** Stand-in for the doctrine/redis transport: PHPLEAK_N queued status changes. */
final class HousekeepingReceiver implements ReceiverInterface
{
    private const FLOW = ['dirty', 'cleaning', 'clean', 'inspected', 'occupied'];

    private int $delivered = 0;

    /** @param list<string> $rooms */
    public function __construct(private readonly array $rooms, private readonly int $limit)
    {
    }

    public function get(): iterable
    {
        if ($this->delivered >= $this->limit) {
            return [];
        }
        $i = $this->delivered++;
        $step = intdiv($i, count($this->rooms)) % 4;
        $message = new RoomStatusChanged(
            $this->rooms[$i % count($this->rooms)],
            self::FLOW[$step],
            self::FLOW[$step + 1],
            sprintf('HK-%03d', $i % 17),
            (new \DateTimeImmutable('2026-01-01 07:00:00'))->modify('+' . ($i * 45) . ' seconds'),
            'Guest asked for extra pillows; minibar checked, 2x water replaced. Ticket #' . (90000 + $i) . ' closed from tablet ' . ($i % 9),
        );

        return [new Envelope($message, [TransportMessageIdStamp::class => new TransportMessageIdStamp((string) (700000 + $i))])];
    }

    public function ack(Envelope $envelope): void
    {
    }
}
