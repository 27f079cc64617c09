<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Message/ProcessImageryTile.php';
require __DIR__ . '/src/Imagery/InFlightTiles.php';
require __DIR__ . '/src/Imagery/TileQualityGate.php';
require __DIR__ . '/src/Imagery/NdviCalculator.php';
require __DIR__ . '/src/Handler/ProcessImageryTileHandler.php';

use App\Handler\ProcessImageryTileHandler;
use App\Imagery\InFlightTiles;
use App\Imagery\NdviCalculator;
use App\Imagery\TileQualityGate;
use App\Message\ProcessImageryTile;
use MessengerLite\Envelope;
use MessengerLite\MessageBus;
use MessengerLite\ReceiverInterface;
use MessengerLite\Worker;

final class DroneTileReceiver implements ReceiverInterface
{
    private int $seq = 0;

    public function get(): iterable
    {
        $i = $this->seq++;
        $flight = sprintf('FLT-%s-%03d', date('Ymd', 1719800000 + 86400 * intdiv($i, 50)), intdiv($i, 50) % 1000);
        $tileKey = sprintf('%s/r%02d/c%02d', $flight, intdiv($i % 50, 10), $i % 10);
        yield new Envelope(new ProcessImageryTile(
            $flight,
            $tileKey,
            "s3://agri-drone-raw/orchard-north/{$tileKey}/multispectral.tif",
            $i % 7 === 0 ? ['green', 'red', 'nir'] : ['green', 'red', 'red_edge', 'nir'],
            (($i * 37) % 100) / 100,
            new \DateTimeImmutable('@' . (1719800000 + $i * 12)),
        ));
    }

    public function ack(Envelope $envelope): void
    {
    }

    public function reject(Envelope $envelope): void
    {
    }
}

$inFlight = new InFlightTiles();
$handler = new ProcessImageryTileHandler(
    $inFlight,
    new TileQualityGate(0.35, ['red', 'nir', 'red_edge']),
    new NdviCalculator(),
    ['block-A1', 'block-A2', 'block-B1', 'block-B2', 'block-C1'],
    'imagery-consumer-' . getmypid(),
);
$bus = new MessageBus([ProcessImageryTile::class => ['ndvi' => $handler]]);

(new Worker(new DroneTileReceiver(), $bus))->run((int) (getenv('PHPLEAK_N') ?: 100));
