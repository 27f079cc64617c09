<?php
// A Symfony Messenger consumer whose audit middleware keys the message class and receive time by spl_object_hash() of the envelope.

require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/ShipmentCreated.php';
require __DIR__ . '/src/Middleware/AuditTrailMiddleware.php';
require __DIR__ . '/src/Middleware/HandleShipmentMiddleware.php';

use App\Message\ShipmentCreated;
use App\Middleware\AuditTrailMiddleware;
use App\Middleware\HandleShipmentMiddleware;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\MessageBus;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$bus = new MessageBus([new AuditTrailMiddleware(), new HandleShipmentMiddleware()]);

for ($i = 0; $i < $n; $i++) {
    $parcels = array_map(fn (int $p) => ['weight' => 0.5 * $p, 'ref' => "PCL-{$i}-{$p}"], range(1, 6));
    $message = new ShipmentCreated(
        sprintf('1Z%010d', $i),
        str_pad("Warehouse road {$i}, 10115 Berlin", 200, '.'),
        $parcels,
    );
    $bus->dispatch(new Envelope($message, ['transport' => 'shipments']));
}
