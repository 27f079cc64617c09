<?php

namespace App\Http\Controllers;

use App\Orders\OrderRepository;
use Illuminate\Http\JsonResponse;

class OrderController extends Controller
{
    public function show(string $order, OrderRepository $orders): JsonResponse
    {
        $model = $orders->find((int) $order);

        return new JsonResponse(['id' => $model->id, 'status' => $model->status, 'lines' => count($model->lines)]);
    }
}
