<?php

namespace App\Shop;

use Swoole\Http\Request;

final class ProductController
{
    public function show(Request $request): string
    {
        $id = (int) $request->get['id'];
        $product = [
            'id' => $id,
            'name' => "Trail shoe model {$id}",
            'summary' => str_repeat("Breathable mesh upper, cushioned sole, size run {$id}. ", 6),
            'price' => sprintf('%.2f %s', 49 + $id % 50, $_SESSION['currency'] ?? 'EUR'),
        ];
        $_SESSION['recently_viewed'][] = $product; // leak
        $recent = array_slice($_SESSION['recently_viewed'], -4);

        return json_encode(['product' => $product, 'recent' => array_column($recent, 'name')]);
    }
}
