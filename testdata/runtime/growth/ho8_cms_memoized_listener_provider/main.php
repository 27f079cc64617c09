<?php
// A CMS worker wraps its Tukio listener provider in a memoizing provider and dispatches PagePublished for each publish request.

require __DIR__ . '/stubs/psr-event-dispatcher.php';
require __DIR__ . '/stubs/tukio.php';
require __DIR__ . '/src/Event/MemoizingListenerProvider.php';
require __DIR__ . '/src/Cms.php';

use App\Cms\PublishController;
use App\Cms\SearchIndexer;
use App\Event\MemoizingListenerProvider;
use Crell\Tukio\Dispatcher;
use Crell\Tukio\OrderedListenerProvider;

$tukio = new OrderedListenerProvider();
$indexer = new SearchIndexer();
$tukio->addListener($indexer->onPagePublished(...), priority: 10, id: 'search.index');
$controller = new PublishController(new Dispatcher(new MemoizingListenerProvider($tukio)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = str_repeat("Release notes for build {$i}: fixed sync, faster thumbnails.\n", 10);
    $controller->publish('release-notes-' . $i, 'Release notes #' . $i, $body);
}
