<?php

namespace App;

use App\Message\GenerateInvoice;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\ReceiverInterface;

/** Doctrine/AMQP transport stand-in: hands out one batch of queued messages per get(). */
final class InvoiceQueueReceiver implements ReceiverInterface
{
    private int $next = 0;

    public function __construct(private int $queued)
    {
    }

    public function get(): iterable
    {
        $batch = [];
        for ($k = 0; $k < 10 && $this->next < $this->queued; $k++, $this->next++) {
            $batch[] = new Envelope(new GenerateInvoice(880000 + $this->next, 31000 + $this->next, 1999 + $this->next % 5000));
        }
        return $batch;
    }

    public function ack(Envelope $envelope): void
    {
    }
}
