<?php

declare(strict_types=1);

require __DIR__ . '/vendor/acme/kafka-lite/Client.php';
require __DIR__ . '/src/Kafka/InFlightTracker.php';
require __DIR__ . '/src/Kafka/DeadLetterPublisher.php';
require __DIR__ . '/src/Consumer/ShipmentStatusConsumer.php';

use App\Consumer\ShipmentStatusConsumer;
use App\Consumer\ShipmentStatusHandler;
use App\Kafka\DeadLetterPublisher;
use App\Kafka\InFlightTracker;
use KafkaLite\Consumer;
use KafkaLite\Producer;

$worker = new ShipmentStatusConsumer(
    new Consumer('logistics.shipment-status'),
    new ShipmentStatusHandler(),
    new InFlightTracker(),
    new DeadLetterPublisher(new Producer()),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->pollOnce();
}
