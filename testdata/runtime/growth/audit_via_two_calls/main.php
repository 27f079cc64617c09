<?php
// A consumer's handler calls the order service, which calls the audit trail: the audit trail, created before the loop, keeps every entry.

require_once __DIR__ . '/src/PlaceOrder.php';
require_once __DIR__ . '/src/AuditTrail.php';
require_once __DIR__ . '/src/OrderService.php';
require_once __DIR__ . '/src/PlaceOrderHandler.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$audit = new AuditTrail();
$handler = new PlaceOrderHandler(new OrderService($audit));
for ($i = 0; $i < $n; $i++) {
    $handler(new PlaceOrder($i, "customer-{$i}", ['SKU-1' => 2, 'SKU-9' => 1]));
}
