<?php

require __DIR__ . '/vendor/helpdesk/orm/src/UnitOfWork.php';
require __DIR__ . '/vendor/helpdesk/orm/src/EntityManager.php';
require __DIR__ . '/vendor/helpdesk/foundation/src/Application.php';
require __DIR__ . '/vendor/helpdesk/foundation/src/Facade.php';
require __DIR__ . '/vendor/helpdesk/foundation/src/Octane.php';
require __DIR__ . '/app/Models/Ticket.php';
require __DIR__ . '/app/Orm.php';
require __DIR__ . '/app/Support/CurrentAgent.php';
require __DIR__ . '/app/Http/Controllers/TicketIntakeController.php';
require __DIR__ . '/app/Listeners/AuthenticateAgentFromToken.php';
require __DIR__ . '/app/Listeners/ResetAuthenticatedAgent.php';
require __DIR__ . '/app/Listeners/FlushEntityManagerState.php';

use App\Http\Controllers\TicketIntakeController;
use Helpdesk\Foundation\Application;
use Helpdesk\Foundation\OctaneWorker;
use Helpdesk\Orm\EntityManager;

$app = new Application(__DIR__);
$app->singleton(EntityManager::class, fn () => new EntityManager('helpdesk'));

$config = require __DIR__ . '/config/octane.php';
foreach ($config['listeners'] as $event => $listeners) {
    $app->listen($event, $listeners);
}
foreach ($config['warm'] as $service) {
    $app->make($service);
}

$controller = new TicketIntakeController();
$worker = new OctaneWorker($app, static fn (array $request): array => $controller->store($request));

$channels = ['web', 'email', 'chat', 'api'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle([
        'method' => 'POST',
        'uri' => '/api/tickets',
        'headers' => [
            'authorization' => 'Bearer agt_' . bin2hex(random_bytes(12)),
            'x-helpdesk-channel' => $channels[$i % 4],
        ],
        'server' => ['REQUEST_TIME' => 1767225600 + $i * 7],
        'json' => [
            'subject' => "Order #" . (48100 + $i) . " arrived damaged, need a replacement",
            'description' => str_repeat("Customer writes: the parcel for order " . (48100 + $i) . " was crushed in transit and two items are broken. ", 4),
            'requester' => ['email' => 'Customer' . $i . '@Example.org'],
            'tags' => ['Shipping', 'damage', 'shipping', 'region-' . ($i % 5)],
        ],
    ]);
}
