<?php
// Messenger worker (messenger:consume billing --limit=PHPLEAK_N) sharing one container; an #[AsMessageHandler] method renders and mails invoices, caching tax rates per country.
use App\Message\SendInvoice;
use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\Messenger\{Envelope, MessageBus, Worker};
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/messenger.php';
foreach (['Message/SendInvoice', 'Billing/TaxRateProvider', 'Billing/Mailer', 'MessageHandler/InvoiceMessageHandler'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$container = new Container();
$bus = MessageBus::fromHandlers($container, array_filter(get_declared_classes(), fn ($c) => str_starts_with($c, 'App\\MessageHandler\\')));

// The "billing" transport: hands the worker the next queued message each time it polls.
$transport = new class implements ReceiverInterface {
    private int $sequence = 0;

    public function get(): iterable
    {
        $i = $this->sequence++;
        yield new Envelope(new SendInvoice("INV-2024-{$i}", "customer{$i}@example.org", ['DE', 'FR', 'NL', 'AT', 'BE'][$i % 5], [['Pro plan', 4900], ['Extra seats x3', 2700]]));
    }

    public function ack(Envelope $envelope): void {}
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
(new Worker(['billing' => $transport], $bus))->run(['limit' => $n]);
