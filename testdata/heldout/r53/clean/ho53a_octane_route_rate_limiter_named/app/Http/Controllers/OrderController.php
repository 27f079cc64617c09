<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Http\Response;

class OrderController
{
    public function show(Request $request, string $order): Response
    {
        $payload = [
            'id' => (int) $order,
            'status' => ((int) $order % 3) ? 'shipped' : 'pending',
            'links' => ['self' => '/' . $request->path()],
        ];
        return new Response(json_encode($payload), 200, ['Content-Type' => 'application/json']);
    }

    public function invoice(Request $request, string $order): Response
    {
        return new Response('invoice for order ' . $order, 200, ['Content-Type' => 'text/plain']);
    }
}
