<?php

require __DIR__ . '/vendor/octane/Container.php';
require __DIR__ . '/vendor/octane/Worker.php';
require __DIR__ . '/app/Routing/RoutingDecision.php';
require __DIR__ . '/app/Routing/InboundTicket.php';
require __DIR__ . '/app/Routing/TicketRouter.php';
require __DIR__ . '/app/Routing/Router.php';
require __DIR__ . '/app/Http/TicketIntakeController.php';

use App\Http\TicketIntakeController;
use App\Routing\TicketRouter;
use Octane\Stub\Container;
use Octane\Stub\Request;
use Octane\Stub\Worker;

$app = Container::getInstance();
$app->singleton(TicketRouter::class, fn () => new TicketRouter([
    'billing-disputes' => ['department' => 'billing', 'queue' => 'billing', 'group' => 'finance-desk'],
    'outages' => ['department' => 'technical', 'queue' => 'tier2', 'group' => 'sre-liaison'],
    'returns' => ['department' => 'returns', 'queue' => 'rma', 'group' => 'warehouse'],
]));

$controller = new TicketIntakeController();
$worker = new Worker($app, fn (Request $r) => $controller->store($r));

$departments = ['billing', 'technical', 'returns', 'general'];
$channels = ['email', 'chat', 'web'];
$priorities = ['urgent', 'high', 'normal', 'low'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('/api/tickets', [
        'ticket_id' => 50000 + $i,
        'requester' => sprintf('customer.%d@example-shop.test', 7000 + $i),
        'department' => $departments[$i % 4],
        'channel' => $channels[$i % 3],
        'subject' => "Order #" . (90000 + $i) . " has not arrived",
        'priority' => $priorities[$i % 4],
    ], 1700000000 + $i));
}
