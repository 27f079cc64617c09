<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Message/RefundRequested.php';
require __DIR__ . '/src/Audit/AuditScope.php';
require __DIR__ . '/src/Payments/Payments.php';
require __DIR__ . '/src/MessageHandler/ProcessRefundHandler.php';
require __DIR__ . '/src/Kernel.php';

use App\Kernel;
use App\Message\RefundRequested;
use Symfony\Component\Messenger\Envelope;

// bin/console messenger:consume refunds
$kernel = new Kernel();
$kernel->boot();
$transport = $kernel->get('messenger.transport.refunds');
$worker = $kernel->get('messenger.worker');

$reasons = ['requested_by_customer', 'duplicate', 'fraudulent', 'product_not_received'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // refunds are raised by the support tool; roughly half are partial refunds
    $transport->send(new Envelope(new RefundRequested(
        sprintf('rf_%s', bin2hex(random_bytes(8))),
        sprintf('pay_%08d', 31_000_000 + $i),
        $i % 2 === 0 ? 30_000 + $i % 500 : 900 + $i % 700,
        'EUR',
        $reasons[$i % 4],
        sprintf('agent:%s', ['m.kowalski', 'j.romero', 'a.lindqvist'][$i % 3]),
        'Customer contacted support on ' . date('Y-m-d', 1_710_000_000 + $i * 600) . ' about order ' . (880_000 + $i) . '; item arrived damaged, photos attached to ticket #' . (52_000 + $i) . '.',
        gmdate('Y-m-d\TH:i:s\Z', 1_710_000_000 + $i * 600),
    )));
    $worker->tick();
}
