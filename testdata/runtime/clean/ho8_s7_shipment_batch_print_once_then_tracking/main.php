<?php
// Worker entry: prints the day's shipment labels with app:shipments:print-batch once, then serves tracking requests.

require __DIR__ . '/vendor/symfony/console.php';
require __DIR__ . '/vendor/symfony/http.php';
require __DIR__ . '/src/Shipping/ShipmentQueue.php';
require __DIR__ . '/src/Command/PrintShipmentBatchCommand.php';
require __DIR__ . '/src/Controller/TrackingController.php';

use App\Command\PrintShipmentBatchCommand;
use App\Controller\TrackingController;
use App\Shipping\ShipmentQueue;
use Symfony\Component\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;
use Symfony\Component\HttpFoundation\Request;

$application = new Application();
$application->add(new PrintShipmentBatchCommand(new ShipmentQueue()));
$application->run(new ArrayInput(['command' => 'app:shipments:print-batch']), new NullOutput());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tracking = new TrackingController();
for ($i = 0; $i < $n; $i++) {
    $tracking(new Request([], ['tracking' => sprintf('UPS%012d', 50000 + $i)]));
}
