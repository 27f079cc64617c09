<?php
// A Messenger handler totals each invoice message with a totaller made for
// that invoice. The totaller takes its listener off its own dispatcher
// whatever the invoice, so each totaller is freed as soon as the handler
// drops it.

require __DIR__ . '/vendor/symfony/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Invoice.php';

use App\Billing\TotalInvoice;
use App\Billing\TotalInvoiceHandler;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

final class InvoiceReceiver implements ReceiverInterface
{
    private int $i = 0;

    public function get(): iterable
    {
        $i = $this->i++;
        return [new Envelope(new TotalInvoice($i % 5 === 0, [['hosting', 1200 + $i], ['support', 300], ['domain ' . $i, 99]]))];
    }

    public function ack(Envelope $envelope): void
    {
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
(new Worker(new InvoiceReceiver(), [TotalInvoice::class => new TotalInvoiceHandler()], $n))->run();
