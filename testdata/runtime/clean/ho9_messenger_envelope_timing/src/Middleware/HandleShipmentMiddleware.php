<?php

namespace App\Middleware;

use App\Message\ShipmentCreated;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackInterface;

final class HandleShipmentMiddleware implements MiddlewareInterface
{
    public int $labelsPrinted = 0;

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        if ($message instanceof ShipmentCreated) {
            $label = sprintf("%s\n%s\n%d parcels", $message->trackingNumber, $message->address, count($message->parcels));
            $this->labelsPrinted += strlen($label) > 0 ? 1 : 0;
        }

        return $stack->next()->handle($envelope, $stack);
    }
}
