<?php
// A Messenger consumer reindexes catalog entities, asking a long-lived serializer metadata factory for each entity's field layout.
require __DIR__ . '/src/Stub/Messenger.php';
require __DIR__ . '/src/Entity/Entities.php';
require __DIR__ . '/src/Message/CatalogChanged.php';
require __DIR__ . '/src/Serializer/CacheKey.php';
require __DIR__ . '/src/Serializer/MetadataFactory.php';
require __DIR__ . '/src/Handler/CatalogChangedHandler.php';

use App\Entity\Category;
use App\Entity\Product;
use App\Handler\CatalogChangedHandler;
use App\Message\CatalogChanged;
use App\Serializer\MetadataFactory;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$transport = (function () use ($n) {
    for ($i = 0; $i < $n; $i++) {
        $entity = $i % 3 === 0
            ? new Category(500 + $i, "cat-$i", "Category $i")
            : new Product(9000 + $i, "SKU-$i", "Product $i", str_repeat('desc ', 40));
        yield new Envelope(new CatalogChanged($entity));
    }
})();

$handler = new CatalogChangedHandler(new MetadataFactory());
(new Worker($transport, [CatalogChanged::class => $handler]))->run();
