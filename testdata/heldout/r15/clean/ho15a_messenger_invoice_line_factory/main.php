<?php

declare(strict_types=1);

require __DIR__ . '/src/Domain/LineFactoryInterface.php';
require __DIR__ . '/src/Domain/InvoiceLine.php';
require __DIR__ . '/src/Domain/DefaultLineFactory.php';
require __DIR__ . '/src/Domain/Invoice.php';
require __DIR__ . '/src/Messenger/IssueInvoice.php';
require __DIR__ . '/src/Messenger/InMemoryConsumer.php';
require __DIR__ . '/src/Handler/IssueInvoiceHandler.php';

use Billing\Domain\DefaultLineFactory;
use Billing\Handler\IssueInvoiceHandler;
use Billing\Messenger\InMemoryConsumer;
use Billing\Messenger\IssueInvoice;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$consumer = new InMemoryConsumer();
$consumer->register(IssueInvoice::class, new IssueInvoiceHandler(new DefaultLineFactory(0.2)));

$transport = (static function (int $n): \Generator {
    for ($i = 1; $i <= $n; $i++) {
        yield new IssueInvoice($i, 'cus_' . bin2hex(pack('N', $i * 7919)), 'EUR', [
            ['sku' => 'plan-' . ($i % 3), 'label' => ' Subscription period ' . $i . ' ', 'qty' => 1, 'unit_cents' => 4900, 'vat' => 0.2],
            ['sku' => 'seat-' . $i, 'label' => ' Additional seats for account ' . $i . ' ', 'qty' => 1 + $i % 5, 'unit_cents' => 900, 'vat' => 0.0],
            ['sku' => 'usage-' . $i, 'label' => ' Metered API usage ' . str_repeat('#', 10 + $i % 7) . ' ', 'qty' => 3, 'unit_cents' => 15, 'vat' => 0.2],
        ]);
    }
})($n);

$consumer->consume($transport);
