<?php

namespace App\Http;

use function App\Metrics\observe;

function handle_request(array $request): array
{
    require_once __DIR__ . '/../Metrics/collectors.php';

    observe('http_requests_total');
    observe('http_request_duration_seconds');

    return ['status' => 200, 'body' => json_encode(['invoice' => $request['invoice_id'], 'memo' => $request['memo']])];
}
