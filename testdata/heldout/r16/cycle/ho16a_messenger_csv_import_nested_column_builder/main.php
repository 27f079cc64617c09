<?php

declare(strict_types=1);

require __DIR__ . '/src/Import/ColumnBuilder.php';
require __DIR__ . '/src/Import/MappingBuilder.php';
require __DIR__ . '/src/Import/RowMapper.php';
require __DIR__ . '/src/Messenger/ImportProductsHandler.php';

use Acme\Messenger\ImportProductsHandler;
use Acme\Messenger\ImportProductsMessage;

/** Stand-in for the transport `messenger:consume` reads from. */
function receive(int $limit): \Generator
{
    $suppliers = ['nordic', 'baltic', 'iberia'];
    for ($i = 0; $i < $limit; $i++) {
        $lines = ['SKU;Name;Qty;Price;Active'];
        for ($r = 0; $r < 4; $r++) {
            $lines[] = sprintf('%d;Widget %d-%d;%d;%0.2f;yes', $r, $i, $r, ($i + $r) % 50, 9.5 + $r);
        }
        yield new ImportProductsMessage($suppliers[$i % 3], ';', $lines);
    }
}

$handler = new ImportProductsHandler(static function (string $supplier, array $row): void {
    assert($row['sku'] !== '', 'Importer returned a product without SKU for ' . $supplier);
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
foreach (receive($n) as $envelope) {
    $handler($envelope);
}
