<?php
// Stand-in for the AMQP transport: replays customs hold notifications from
// the port community system, one message per get().

namespace Symfony\Component\Messenger\Bridge\Amqp\Transport;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;

final class AmqpReceiver implements ReceiverInterface
{
    private int $delivered = 0;
    private int $limit;

    /** @param \Closure(array):object $decoder */
    public function __construct(private \Closure $decoder)
    {
        $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function get(): iterable
    {
        if ($this->delivered >= $this->limit) {
            return [];
        }
        $i = $this->delivered++;
        $raw = json_decode(json_encode([
            'container' => sprintf('CMAU%07d', 5200000 + $i),
            'bol' => sprintf('MEDUXK%08d', 31000000 + $i),
            'authority' => ['ZOLL-HH', 'PHA', 'VET-BIP'][$i % 3],
            'code' => ['X-RAY', 'DOC-CHECK', 'PHYTO', 'SEAL-MISMATCH'][$i % 4],
            'reason' => 'Risk profile ' . bin2hex(random_bytes(6)) . ': ' . str_repeat('declared goods mismatch tariff line; ', 6),
            'officer' => sprintf('OFF-%04d', $i % 300),
            'raised_at' => 1718000000 + $i * 11,
        ]), true);

        return [new Envelope(($this->decoder)($raw))];
    }

    public function ack(Envelope $envelope): void {}
}
