<?php
// A receipt printing worker: the renderer and the translator it is given
// live for the whole process, one order per iteration. The renderer pushes
// the order's locale and pops it in a finally block, so a free order, which
// returns early, takes its locale off the stack too.

require __DIR__ . '/vendor/acme/i18n/Translator.php';
require __DIR__ . '/src/ReceiptRenderer.php';

$renderer = new App\ReceiptRenderer(new Acme\I18n\Translator('en'));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $renderer->render([
        'locale' => ['en', 'de', 'fr'][$i % 3],
        'customer' => 'customer-' . (5000 + $i),
        'number' => 'R-' . (900000 + $i),
        'total' => $i % 2 === 0 ? 0 : 1299,
        'footer' => str_repeat('Thank you for shopping with us, order ' . $i . '. ', 12),
    ]);
}
