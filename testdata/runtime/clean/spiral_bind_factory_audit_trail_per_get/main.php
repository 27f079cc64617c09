<?php
// A RoadRunner worker on Spiral's container: the audit trail is bound
// with bind() and a factory closure, which Spiral runs on every get(), so
// each request appends to a trail of its own, dropped with the request.

require __DIR__ . '/vendor/spiral/core/src/Container.php';
require __DIR__ . '/src/App.php';

use App\AuditTrail;
use App\OrderController;
use Spiral\Core\Container;

$container = new Container();
$container->bind(AuditTrail::class, fn () => new AuditTrail());
$controller = new OrderController($container);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->update(['user' => 'u' . ($i % 50), 'order' => 'ord_' . (90000 + $i)]);
}
