<?php

namespace App\Logging;

use App\Message\ShipLogBatch;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;

/**
 * Builds Monolog processors that stamp the shipper's own records with the
 * message being handled.
 */
final class MessageContext
{
    public static function processorFor(Envelope $envelope): \Closure
    {
        $message = $envelope->getMessage();
        $extra = [
            'message_id' => $envelope->last(TransportMessageIdStamp::class)?->getId(),
            'transport' => $envelope->last(ReceivedStamp::class)?->getTransportName(),
            'message_class' => $message::class,
        ];
        if ($message instanceof ShipLogBatch) {
            $extra['tenant'] = $message->tenant;
            $extra['stream'] = $message->labels;
        }

        return static function (array $record) use ($extra, $envelope): array {
            $record['extra'] += $extra;
            $record['extra']['line_count'] = count($envelope->getMessage()->lines ?? []);

            return $record;
        };
    }
}
