<?php
// Handler → order service → audit trail append per message; the kernel's terminate() resets every resettable service through a resetter in another file.

require_once __DIR__ . '/src/ResetInterface.php';
require_once __DIR__ . '/src/AuditTrail.php';
require_once __DIR__ . '/src/OrderService.php';
require_once __DIR__ . '/src/PlaceOrderHandler.php';
require_once __DIR__ . '/src/ServicesResetter.php';
require_once __DIR__ . '/src/Kernel.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$audit = new AuditTrail();
$kernel = new Kernel(new PlaceOrderHandler(new OrderService($audit)), new ServicesResetter([$audit]));
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(['order' => $i, 'customer' => "customer-{$i}", 'lines' => ['SKU-1' => 2]]);
    $kernel->terminate();
}
