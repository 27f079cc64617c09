<?php
// A Symfony Messenger consumer imports per-shop category trees whose nodes link to their parent and children.

require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/Message/ImportCategoryTree.php';
require __DIR__ . '/src/Catalog/Category.php';
require __DIR__ . '/src/MessageHandler/ImportCategoryTreeHandler.php';

use App\Message\ImportCategoryTree;
use App\MessageHandler\ImportCategoryTreeHandler;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$receiver = (function () use ($n) {
    for ($i = 0; $i < $n; $i++) {
        yield new Envelope(new ImportCategoryTree("shop-{$i}", ['Shoes', 'Jackets', 'Bags']));
    }
})();
(new Worker($receiver, [ImportCategoryTree::class => new ImportCategoryTreeHandler()]))->run();
