<?php

namespace App\Http;

use App\View\FormatterRegistry;

use function App\View\register_formatters;

function handle_request(array $request): string
{
    register_formatters($request['locale']);

    $out = '';
    foreach (array_slice(FormatterRegistry::$formatters, -2) as $formatter) {
        $value = $formatter['name'] === 'money' ? $request['total'] : $request['time'];
        $out .= $formatter['name'] === 'money'
            ? ($formatter['fn'])($value, 'EUR')
            : ($formatter['fn'])($value);
    }
    return "<p>Order {$request['order_id']}: {$out}</p>";
}
