<?php
// A billing worker loads each order with its lines through a small data mapper and renders an invoice summary per request.
declare(strict_types=1);

require __DIR__ . '/vendor/acme/dbal/Connection.php';
require __DIR__ . '/src/Entity/HasTimestamps.php';
require __DIR__ . '/src/Entity/AbstractEntity.php';
require __DIR__ . '/src/Entity/Order.php';
require __DIR__ . '/src/Entity/OrderLine.php';
require __DIR__ . '/src/Mapper/OrderMapper.php';
require __DIR__ . '/src/Billing/InvoiceSummarizer.php';

use Acme\Dbal\Connection;
use Shop\Billing\InvoiceSummarizer;
use Shop\Mapper\OrderMapper;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$connection = new Connection('mysql://billing@db/shop');
$mapper = new OrderMapper($connection);
$summarizer = new InvoiceSummarizer('EUR', 0.19);

$totalCents = 0;
for ($i = 0; $i < $n; $i++) {
    $order = $mapper->find(50_000 + $i);
    if ($order === null) {
        continue;
    }
    $summary = $summarizer->summarize($order);
    $totalCents += $summary['gross'];
}
