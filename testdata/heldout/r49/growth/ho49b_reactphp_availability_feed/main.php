<?php
// ReactPHP server streaming live fleet availability to the branch dashboards.

require __DIR__ . '/vendor/autoload.php';

use Rental\Fleet\AvailabilityHub;
use Rental\Fleet\VehicleStatus;
use Rental\Http\AvailabilityStreamController;
use React\Http\HttpServer;

$hub = new AvailabilityHub();
$server = new HttpServer(new AvailabilityStreamController($hub));

$states = ['available', 'reserved', 'on_rent', 'cleaning', 'maintenance'];
$server->listen('0.0.0.0:8080', static function (int $tick) use ($hub, $states): void {
    // Periodic timer: replay the latest status change from the telematics consumer.
    if ($tick % 25 === 0) {
        $hub->publish(new VehicleStatus(
            sprintf('MA%02d XRC', $tick % 100),
            'MAN-AP',
            'CDMR',
            $states[$tick % 5],
            10000 + $tick,
        ));
    }
});
