<?php
// A Messenger-style worker renders invoices for queued orders; the handler logs through a Monolog channel whose fingers-crossed handler buffers records until an error occurs, and the worker resets the logger after each message.

declare(strict_types=1);

require __DIR__ . '/lib/Monolog/ResettableInterface.php';
require __DIR__ . '/lib/Monolog/Logger.php';
require __DIR__ . '/lib/Monolog/Handler/HandlerInterface.php';
require __DIR__ . '/lib/Monolog/Formatter/LineFormatter.php';
require __DIR__ . '/lib/Monolog/Handler/StreamHandler.php';
require __DIR__ . '/lib/Monolog/Handler/FingersCrossedHandler.php';
require __DIR__ . '/lib/Monolog/Processor/UidProcessor.php';
require __DIR__ . '/src/Message/GenerateInvoice.php';
require __DIR__ . '/src/Billing/InvoiceRenderer.php';
require __DIR__ . '/src/MessageHandler/GenerateInvoiceHandler.php';
require __DIR__ . '/src/Worker/ServicesResetter.php';
require __DIR__ . '/src/Worker/Worker.php';

use App\Billing\InvoiceRenderer;
use App\Message\GenerateInvoice;
use App\MessageHandler\GenerateInvoiceHandler;
use App\Worker\ServicesResetter;
use App\Worker\Worker;
use Monolog\Handler\FingersCrossedHandler;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Monolog\Processor\UidProcessor;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$logger = new Logger('messenger', [
    new FingersCrossedHandler(new StreamHandler(__DIR__ . '/var/log/worker.log'), Logger::ERROR),
], [new UidProcessor()]);

$worker = new Worker(
    new GenerateInvoiceHandler(new InvoiceRenderer('Acme Supplies GmbH', 'DE811907980'), $logger),
    $logger,
    new ServicesResetter([$logger]),
);

/** @return \Generator<int, GenerateInvoice> */
$transport = static function (int $count): \Generator {
    for ($i = 0; $i < $count; $i++) {
        yield new GenerateInvoice(
            80000 + $i,
            sprintf('buyer%d@example.test', $i),
            $i % 3 === 0 ? 'USD' : 'EUR',
            [
                ['sku' => 'PAPER-A4-' . ($i % 9), 'qty' => 1 + $i % 5, 'unit_price' => 499],
                ['sku' => 'TONER-' . ($i % 4), 'qty' => 1, 'unit_price' => 5990],
                ['sku' => 'STAPLER-XL', 'qty' => 2, 'unit_price' => 1250],
            ],
        );
    }
};

$worker->run($transport($n));
