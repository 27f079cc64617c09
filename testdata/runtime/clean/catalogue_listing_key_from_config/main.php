<?php

// A catalogue API in a worker: the listing cache key is made only of
// filters checked against the configuration (categories, locales, a page
// clamped to the configured maximum); the search text never reaches it.

require __DIR__ . '/vendor/illuminate/Repository.php';
require __DIR__ . '/app/ListingKey.php';
require __DIR__ . '/app/Catalogue.php';

use App\Catalogue;
use Illuminate\Config\Repository;

$config = new Repository(['catalogue' => [
    'categories' => ['programming', 'data', 'languages', 'design'],
    'locales' => ['en', 'de', 'es'],
    'max_page' => 3,
]]);
$catalogue = new Catalogue($config);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $query = [
        'category' => ['programming', 'data', "tag-$i", 'design'][$i % 4],
        'locale' => $i % 3 === 0 ? 'de' : "xx-$i",
        'page' => (string) ($i % 50),
        'q' => "search $i",
    ];
    $catalogue->browse($query);
}
