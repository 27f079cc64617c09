<?php

namespace App\Http;

use App\View\FormatterRegistry;

function handle_request(array $request): string
{
    $out = '';
    foreach (FormatterRegistry::$formatters as $formatter) {
        $value = $formatter['name'] === 'money' ? $request['total'] : $request['time'];
        $out .= $formatter['name'] === 'money'
            ? ($formatter['fn'])($value, 'EUR')
            : ($formatter['fn'])($value);
    }
    return "<p>Order {$request['order_id']}: {$out}</p>";
}
