<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/Domain/Shipment.php';
require __DIR__ . '/src/Persistence/AbstractMapper.php';
require __DIR__ . '/src/Persistence/ShipmentMapper.php';
require __DIR__ . '/src/Message/CarrierScanReceived.php';

use Logistics\Message\CarrierScanReceived;
use Logistics\Message\CarrierScanReceivedHandler;
use Logistics\Persistence\FakePdo;
use Logistics\Persistence\ShipmentMapper;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\EventDispatcher;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\TransportInterface;
use Symfony\Component\Messenger\Worker;

/** AMQP transport stand-in fed by the carrier scan webhook. */
final class CarrierScanQueue implements TransportInterface
{
    private const HUBS = ['Hub Leipzig, DE', 'Hub Cologne, DE', 'Depot Vienna, AT', 'Depot Graz, AT'];
    private int $seq = 0;

    public function get(): iterable
    {
        $n = $this->seq++;
        yield new Envelope(new CarrierScanReceived(
            5_000_000 + $n,
            $n % 5 === 4 ? 'delivered' : 'out_for_delivery',
            self::HUBS[$n % 4],
            sprintf('2024-03-03T%02d:%02d:00Z', $n % 24, $n % 60),
        ));
    }

    public function ack(Envelope $envelope): void
    {
    }
}

$shipments = new ShipmentMapper(new FakePdo());
$bus = new MessageBus([
    CarrierScanReceived::class => new CarrierScanReceivedHandler($shipments),
]);

$worker = new Worker(['carrier_scans' => new CarrierScanQueue()], $bus, new EventDispatcher());
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
