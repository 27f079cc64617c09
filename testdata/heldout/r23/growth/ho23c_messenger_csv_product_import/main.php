<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Entity/Product.php';
require __DIR__ . '/src/Import/CsvRowHydrator.php';
require __DIR__ . '/src/Import/ProductImporter.php';
require __DIR__ . '/src/Import/ImportProductLineHandler.php';

use App\Entity\PriceHistory;
use App\Entity\Product;
use App\Import\CsvRowHydrator;
use App\Import\ImportProductLine;
use App\Import\ImportProductLineHandler;
use App\Import\ProductImporter;
use OrmLite\ClassMetadataFactory;
use OrmLite\EntityManager;

$config = [
    'import' => ['batch_size' => 25, 'feed' => 'supplier-nordic'],
    'mappings' => [
        Product::class => ['table' => 'product', 'id' => 'sku'],
        PriceHistory::class => ['table' => 'price_history', 'id' => 'id'],
    ],
];

$written = [];
$em = new EntityManager(
    new ClassMetadataFactory($config['mappings']),
    static function (string $table, string $id) use (&$written): void {
        $written[$table] = ($written[$table] ?? 0) + 1;
    },
);
$handler = new ImportProductLineHandler(
    new ProductImporter($em, new CsvRowHydrator(), $config['import']['batch_size']),
);

$colors = ['black', 'white', 'oak', 'walnut'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $n; $i++) {
    $line = sprintf(
        '"NS-%06d","Lounge chair model %d","%s",%d.%02d,%s,%s,Nordisk',
        $i,
        $i,
        str_repeat("Solid frame, hand-finished upholstery, batch {$i}. ", 5),
        100 + $i % 400,
        $i % 100,
        $colors[$i % 4],
        ['S', 'M', 'L'][$i % 3],
    );
    $handler(new ImportProductLine($config['import']['feed'], $i, $line));
}
