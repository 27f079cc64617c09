<?php

require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/ImportOrder.php';
require __DIR__ . '/src/Transport/MarketplaceFeedReceiver.php';
require __DIR__ . '/src/Entity/Order.php';
require __DIR__ . '/src/Entity/OrderLine.php';
require __DIR__ . '/src/Factory/OrderFactory.php';
require __DIR__ . '/src/Repository/OrderRepository.php';
require __DIR__ . '/src/MessageHandler/ImportOrderHandler.php';

use App\Factory\OrderFactory;
use App\Message\ImportOrder;
use App\MessageHandler\ImportOrderHandler;
use App\Repository\OrderRepository;
use App\Transport\MarketplaceFeedReceiver;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

// bin/console messenger:consume marketplace --limit=N
$bus = new MessageBus(new HandlersLocator([
    ImportOrder::class => [new ImportOrderHandler(new OrderFactory(), new OrderRepository())],
]));

$worker = new Worker(['marketplace' => new MarketplaceFeedReceiver()], $bus);
$worker->run(['limit' => (int) (getenv('PHPLEAK_N') ?: 100)]);
