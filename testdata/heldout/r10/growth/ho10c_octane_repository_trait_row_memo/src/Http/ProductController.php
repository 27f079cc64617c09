<?php

declare(strict_types=1);

namespace App\Http;

use App\Repositories\CustomerRepository;
use App\Repositories\ProductRepository;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class ProductController
{
    public function __construct(
        private ProductRepository $products,
        private CustomerRepository $customers,
    ) {
    }

    public function show(Request $request): JsonResponse
    {
        $product = $this->products->find((int) $request->route('product'));
        $customer = $this->customers->find((int) $request->header('X-Customer-Id', '0'));

        $price = $product['price_cents'];
        if ($customer['tier'] === 'gold') {
            $price = (int) round($price * 0.9);
        }

        return new JsonResponse([
            'id' => $product['id'],
            'title' => $product['title'],
            'price' => ['amount' => $price, 'currency' => $product['currency']],
            'in_stock' => $product['stock'] > 0,
        ]);
    }
}
