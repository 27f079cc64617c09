<?php

namespace App\Http;

use App\Events\ListenerRegistry;

function handle_request(array $request): array
{
    require __DIR__ . '/../config/listeners.php';

    $called = ListenerRegistry::dispatch('invoice.paid', ['invoice' => $request['invoice_id']]);

    return ['status' => 200, 'body' => json_encode(['invoice' => $request['invoice_id'], 'listeners' => $called])];
}
