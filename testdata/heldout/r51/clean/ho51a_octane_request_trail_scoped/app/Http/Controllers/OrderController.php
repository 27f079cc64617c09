<?php

namespace App\Http\Controllers;

use App\Support\Facades\Trail;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class OrderController
{
    public function show(Request $request, int $order): Response
    {
        $include = explode(',', (string) $request->query('include', ''));
        Trail::record('order.loaded', ['order' => $order, 'include' => $include]);

        $payload = [
            'id' => $order,
            'status' => $order % 3 === 0 ? 'shipped' : 'processing',
            'lines' => in_array('lines', $include, true) ? [['sku' => 'A-' . $order, 'qty' => 1]] : [],
        ];

        return new Response(json_encode($payload), 200, ['content-type' => 'application/json']);
    }
}
