<?php
declare(strict_types=1);

/*
 * messenger:consume billing_runs -- the monthly billing run publishes one
 * GenerateInvoice message per service account; this consumer rates the
 * account's billing determinants and issues the invoice.
 */

require __DIR__ . '/vendor/symfony/messenger/MessageBus.php';
require __DIR__ . '/src/Metering/MeterReadRepository.php';
require __DIR__ . '/src/Billing/InvoiceLine.php';
require __DIR__ . '/src/Billing/Invoice.php';
require __DIR__ . '/src/Billing/InvoiceFactory.php';
require __DIR__ . '/src/Billing/GenerateInvoice.php';

use Gridline\Billing\GenerateInvoice;
use Gridline\Billing\GenerateInvoiceHandler;
use Gridline\Billing\InvoiceFactory;
use Gridline\Metering\MeterReadRepository;
use Symfony\Component\Messenger\MessageBus;

$bus = new MessageBus();
$bus->addHandler(GenerateInvoice::class, new GenerateInvoiceHandler(new MeterReadRepository(), new InvoiceFactory()));

$limit = (int) (getenv('PHPLEAK_N') ?: 100);
$cycles = ['2024-01', '2024-02', '2024-03'];
for ($i = 0; $i < $limit; $i++) {
    $bus->dispatch(new GenerateInvoice(sprintf('SA-%08d', 7100000 + $i * 37), $cycles[intdiv($i, 700) % 3]));
}
