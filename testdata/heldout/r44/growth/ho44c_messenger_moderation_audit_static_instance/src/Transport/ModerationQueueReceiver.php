<?php

namespace App\Transport;

use App\Message\ModeratePhoto;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * "moderation" transport: one ModeratePhoto per upload, published by the
 * upload service once renditions exist.
 */
final class ModerationQueueReceiver implements ReceiverInterface
{
    private int $deliveryTag = 0;

    public function get(): iterable
    {
        $n = $this->deliveryTag++;
        $captions = [
            'Sunset over the harbour',
            'new drop!! https://spam.example/deal https://spam.example/x',
            'family picnic, june',
            '',
        ];

        yield new Envelope(new ModeratePhoto(
            bin2hex(pack('N', 0x10000000 + $n)) . substr(md5((string) $n), 0, 24),
            'u' . (200000 + $n % 5000),
            [4032, 3024, 1080, 6000][$n % 4],
            [3024, 4032, 1350, 4000][$n % 4],
            $captions[$n % 4],
        ));
    }

    public function ack(Envelope $envelope): void
    {
    }
}
