<?php

namespace App\EventListener;

use App\Event\InvoicePaidEvent;
use App\Mail\ReceiptEmail;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;

/**
 * Prepares the payment receipt; the event is the class of __invoke()'s argument.
 */
#[AsEventListener]
final class SendReceiptListener
{
    /** @var list<ReceiptEmail> */
    private array $outbox = [];

    public function __invoke(InvoicePaidEvent $event): void
    {
        $amount = number_format($event->amountCents / 100, 2).' '.$event->currency;
        $this->outbox[] = new ReceiptEmail( // leak
            $event->customerEmail,
            sprintf('Receipt for invoice %s', $event->invoiceNumber),
            sprintf('<h1>Thank you!</h1><p>We received %s for invoice %s.</p>%s', $amount, $event->invoiceNumber, str_repeat('<p>Terms and conditions apply.</p>', 16)),
        );
    }
}
