<?php

declare(strict_types=1);

require __DIR__ . '/src/Entity/Product.php';
require __DIR__ . '/src/Persistence/Connection.php';
require __DIR__ . '/src/Persistence/ProductHydrator.php';
require __DIR__ . '/src/Persistence/ChangeTracker.php';
require __DIR__ . '/src/Persistence/ProductRepository.php';
require __DIR__ . '/src/Jobs/SyncSupplierPrice.php';

use App\Jobs\SyncSupplierPrice;
use App\Jobs\Worker;
use App\Persistence\ChangeTracker;
use App\Persistence\Connection;
use App\Persistence\ProductHydrator;
use App\Persistence\ProductRepository;

$hydrator = new ProductHydrator();
$worker = new Worker(new ProductRepository(new Connection(), $hydrator, new ChangeTracker($hydrator)));

$payloads = static function (int $n): Generator {
    for ($i = 0; $i < $n; $i++) {
        yield serialize(new SyncSupplierPrice($i % 50 + 1, 1000 + ($i * 37) % 900, 'SUP-' . ($i % 9)));
    }
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker->daemon($payloads($n));
