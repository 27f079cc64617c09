<?php
// bin/console entry: runs the app:shipments:consume worker command with --limit taken from the environment.

require __DIR__ . '/vendor/symfony/console.php';
require __DIR__ . '/src/Shipping/ShipmentQueue.php';
require __DIR__ . '/src/Command/ConsumeShipmentsCommand.php';

use App\Command\ConsumeShipmentsCommand;
use App\Shipping\ShipmentQueue;
use Symfony\Component\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$application = new Application();
$application->add(new ConsumeShipmentsCommand(new ShipmentQueue()));
$application->run(new ArrayInput(['command' => 'app:shipments:consume', '--limit' => $n]), new NullOutput());
