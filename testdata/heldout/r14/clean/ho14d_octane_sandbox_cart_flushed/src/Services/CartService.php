<?php

namespace App\Services;

use Illuminate\Foundation\Application;
use Illuminate\Http\Request;

class CartService
{
    private array $lines = [];

    public function __construct(
        private readonly Application $app,
    ) {
    }

    public function loadFor(Request $request): void
    {
        $token = $request->cookie('cart_token', 'guest');
        foreach (range(1, 6) as $n) {
            $this->lines[] = [
                'sku' => sprintf('%s-%02d', strtoupper(substr(md5($token . $n), 0, 8)), $n),
                'title' => "Item $n for cart $token",
                'qty' => $n % 3 + 1,
                'price' => 499 + $n * 125,
            ];
        }
    }

    public function total(): int
    {
        $sum = 0;
        foreach ($this->lines as $line) {
            $sum += $line['qty'] * $line['price'];
        }

        return $sum;
    }

    public function lines(): array
    {
        return $this->lines;
    }

    public function currency(): string
    {
        return $this->app->make('config')['shop']['currency'];
    }
}
