<?php
namespace App\Transport;

use App\Message\RelayChatMessage;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/** Stands in for the Redis stream transport "chat_relay". */
final class ChatRelayReceiver implements ReceiverInterface
{
    private const LINES = [
        "I'm outside the building, which door should I use?",
        'Please leave it at the reception, thanks!',
        'Running about five minutes late, traffic on the ring road.',
        'Can you call me when you arrive? The bell is broken.',
        'Restaurant is still preparing your order, sorry for the wait.',
    ];

    private int $next = 0;

    public function __construct(private int $available) {}

    public function get(): iterable
    {
        if ($this->next >= $this->available) {
            return [];
        }
        $i = $this->next++;
        $courier = $i % 2 === 0;
        return [new Envelope(new RelayChatMessage(
            'ord_' . (7300000 + intdiv($i, 3)),
            $courier ? 'courier' : 'customer',
            $courier ? 'cou_' . (1200 + $i % 90) : 'cus_' . (560000 + $i * 17 % 9000),
            self::LINES[$i % count(self::LINES)] . ' #' . $i,
            1718100000 + $i * 4,
        ))];
    }

    public function ack(Envelope $envelope): void
    {
    }
}
