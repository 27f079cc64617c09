<?php
// A storefront renders a product card template for each request through a small template engine with view helpers.

declare(strict_types=1);

require __DIR__ . '/src/Template/HelperRegistry.php';
require __DIR__ . '/src/Template/Template.php';
require __DIR__ . '/src/Template/Engine.php';

use Quill\Template\Engine;
use Quill\Template\HelperRegistry;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$engine = new Engine(new HelperRegistry(), 'de', 'EUR');
$engine->addTemplate('product_card', '<div class="card"><h2>{{ title|upper }}</h2><p>{{ summary }}</p><span>{{ price|money }}</span></div>');

for ($i = 0; $i < $n; $i++) {
    $html = $engine->render('product_card', [
        'title' => "Trail runner {$i}",
        'summary' => str_repeat('Lightweight & breathable mesh upper. ', 5),
        'price' => 8999 + $i,
    ]);
}
