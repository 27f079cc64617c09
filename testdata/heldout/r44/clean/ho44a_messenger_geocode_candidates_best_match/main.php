<?php

declare(strict_types=1);

use App\Kernel;
use App\Message\GeocodeAddress;
use Symfony\Component\Messenger\Bridge\Amqp\Transport\AmqpReceiver;
use Symfony\Component\Messenger\Worker;

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Message/GeocodeAddress.php';
require __DIR__ . '/src/Geocoding/NormalizedAddress.php';
require __DIR__ . '/src/Geocoding/AddressNormalizer.php';
require __DIR__ . '/src/Geocoding/StreetSegment.php';
require __DIR__ . '/src/Geocoding/Candidate.php';
require __DIR__ . '/src/Geocoding/LookupTrace.php';
require __DIR__ . '/src/Geocoding/GeocoderStats.php';
require __DIR__ . '/src/Geocoding/AddressIndex.php';
require __DIR__ . '/src/Geocoding/GeocodeResult.php';
require __DIR__ . '/src/Geocoding/DeliveryPointWriter.php';
require __DIR__ . '/src/MessageHandler/GeocodeAddressHandler.php';
require __DIR__ . '/src/Kernel.php';

// bin/console messenger:consume geocode --no-interaction
$kernel = new Kernel(require __DIR__ . '/config/services.php');
$bus = $kernel->boot();

$streets = ['Hauptstr.', 'Bahnhofstrasse', 'Gartenweg', 'Lindenallee', 'Schulstr', 'Marktplatz', 'Bergstrasse', 'Kirchweg'];
$areas = ['10115 Berlin', '80331 München', '50667 Köln', '20095 Hamburg'];
$receiver = new AmqpReceiver(static fn (int $n): GeocodeAddress => new GeocodeAddress(
    sprintf('SHP-%07d', 4_200_000 + $n),
    sprintf('%s %d, %s', $streets[$n % 8], 1 + $n % 299, $areas[$n % 4]),
    'de',
));

$worker = new Worker(['geocode' => $receiver], $bus);
$worker->run(['stop_when_empty' => true]);
