<?php

declare(strict_types=1);

require __DIR__ . '/src/Symfony/EventDispatcher.php';
require __DIR__ . '/src/Symfony/Messenger.php';
require __DIR__ . '/src/Collection/ImportArtworkRecord.php';
require __DIR__ . '/src/Collection/CollectionsApiReceiver.php';
require __DIR__ . '/src/Collection/SearchIndexBuffer.php';
require __DIR__ . '/src/Collection/ImportArtworkRecordHandler.php';
require __DIR__ . '/src/Collection/FlushSearchIndexSubscriber.php';

use App\Collection\CollectionsApiReceiver;
use App\Collection\FlushSearchIndexSubscriber;
use App\Collection\ImportArtworkRecord;
use App\Collection\ImportArtworkRecordHandler;
use App\Collection\SearchIndexBuffer;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

// container build (once per worker process)
$index = new SearchIndexBuffer();
$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new FlushSearchIndexSubscriber($index));
$bus = new MessageBus([
    ImportArtworkRecord::class => new ImportArtworkRecordHandler($index),
]);

// bin/console messenger:consume collections_api --limit=N
$worker = new Worker(['collections_api' => new CollectionsApiReceiver()], $bus, $dispatcher);
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
