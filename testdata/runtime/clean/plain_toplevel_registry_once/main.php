<?php
// The view helper library is required once at boot; its top-level registration runs once per process.

require_once __DIR__ . '/lib/formatters.php';
require_once __DIR__ . '/src/handler.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    App\Http\handle_request(['order_id' => $i, 'total' => 1999 + $i, 'time' => 1700000000 + $i, 'note' => str_repeat('n', 300)]);
}
