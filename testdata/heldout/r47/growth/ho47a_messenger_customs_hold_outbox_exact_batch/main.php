<?php

declare(strict_types=1);

// bin/console messenger:consume customs --env=prod, with the container
// wiring of config/services.yaml written out by hand.

require __DIR__ . '/vendor/symfony/messenger/messenger.php';
require __DIR__ . '/vendor/symfony/messenger/amqp_receiver.php';
require __DIR__ . '/src/Customs/Message/CustomsHoldRaised.php';
require __DIR__ . '/src/Customs/Outbox/OutboxEntry.php';
require __DIR__ . '/src/Customs/Outbox/BrokerClient.php';
require __DIR__ . '/src/Customs/Outbox/BrokerOutbox.php';
require __DIR__ . '/src/Customs/Handler/CustomsHoldRaisedHandler.php';

use App\Customs\Handler\CustomsHoldRaisedHandler;
use App\Customs\Message\CustomsHoldRaised;
use App\Customs\Outbox\BrokerClient;
use App\Customs\Outbox\BrokerOutbox;
use Symfony\Component\Messenger\Bridge\Amqp\Transport\AmqpReceiver;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

$parameters = require __DIR__ . '/config/services.php';

$outbox = new BrokerOutbox(new BrokerClient($parameters['customs.broker_endpoint']), $parameters['customs.outbox_batch']);
$bus = new MessageBus([new CustomsHoldRaisedHandler($outbox)]);

$worker = new Worker(['customs' => new AmqpReceiver(CustomsHoldRaised::fromTransport(...))], $bus);
$worker->run();
