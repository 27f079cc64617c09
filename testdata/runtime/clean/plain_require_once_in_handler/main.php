<?php
// The handler require_once's the metrics library on every request; the library's top level runs only the first time.

require_once __DIR__ . '/src/Http/handler.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    App\Http\handle_request(['invoice_id' => "INV-{$i}", 'memo' => str_repeat("memo {$i} ", 60)]);
}
