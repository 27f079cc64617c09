<?php
// The handler includes the listener configuration with plain require on every request.

require_once __DIR__ . '/src/Events/ListenerRegistry.php';
require_once __DIR__ . '/src/Http/handler.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    App\Http\handle_request(['invoice_id' => "INV-{$i}", 'memo' => str_repeat("memo {$i} ", 60)]);
}
