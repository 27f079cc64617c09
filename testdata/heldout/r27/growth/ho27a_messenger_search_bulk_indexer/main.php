<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony-lite/EventDispatcher/EventDispatcher.php';
require __DIR__ . '/vendor/symfony-lite/Messenger/Envelope.php';
require __DIR__ . '/vendor/symfony-lite/Messenger/Worker.php';
require __DIR__ . '/vendor/symfony-lite/Messenger/Events.php';
require __DIR__ . '/vendor/symfony-lite/Messenger/StopWorkerOnMessageLimitListener.php';
require __DIR__ . '/src/Message/IndexArticle.php';
require __DIR__ . '/src/Search/SearchClient.php';
require __DIR__ . '/src/Search/BulkIndexer.php';
require __DIR__ . '/src/MessageHandler/IndexArticleHandler.php';
require __DIR__ . '/src/EventListener/FlushIndexerListener.php';
require __DIR__ . '/src/ArticleFeedReceiver.php';

use App\ArticleFeedReceiver;
use App\EventListener\FlushIndexerListener;
use App\Message\IndexArticle;
use App\MessageHandler\IndexArticleHandler;
use App\Search\BulkIndexer;
use App\Search\SearchClient;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\EventListener\StopWorkerOnMessageLimitListener;
use Symfony\Component\Messenger\HandlersLocator;
use Symfony\Component\Messenger\Worker;

// bin/console messenger:consume search_index --limit=N
$indexer = new BulkIndexer(new SearchClient('http://search:9200'), 'articles_v3');

$dispatcher = new EventDispatcher();
$dispatcher->addListener(WorkerRunningEvent::class, [new FlushIndexerListener($indexer), 'onWorkerRunning']);
$limit = (int) (getenv('PHPLEAK_N') ?: 100);
$dispatcher->addListener(WorkerRunningEvent::class, [new StopWorkerOnMessageLimitListener($limit), 'onWorkerRunning']);

$worker = new Worker(
    ['search_index' => new ArticleFeedReceiver()],
    new HandlersLocator([IndexArticle::class => [new IndexArticleHandler($indexer)]]),
    $dispatcher,
);
$worker->run(['sleep' => 0]);
