<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class OrderController
{
    private const VAT = 0.2;

    public function show(Request $request): Response
    {
        $id = (int) basename($request->getPathInfo());
        $total = round(($id % 97) * 3.5 * (1 + self::VAT), 2);

        return new Response(json_encode(['id' => $id, 'total' => $total, 'currency' => 'EUR']), 200, ['Content-Type' => 'application/json']);
    }

    public function index(Request $request): Response
    {
        $page = (int) $request->query->get('page', 1);

        return new Response(json_encode(['page' => $page, 'items' => []]), 200, ['Content-Type' => 'application/json']);
    }
}
