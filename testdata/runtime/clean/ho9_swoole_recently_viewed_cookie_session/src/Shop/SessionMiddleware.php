<?php

namespace App\Shop;

use Swoole\Http\Request;

final class SessionMiddleware
{
    public function start(Request $request): void
    {
        $payload = json_decode(base64_decode($request->cookie['shop_sess'] ?? ''), true) ?: [];
        $_SESSION = $payload;
    }

    public function cookie(): string
    {
        return base64_encode(json_encode(['uid' => $_SESSION['uid'] ?? null, 'currency' => $_SESSION['currency'] ?? 'EUR']));
    }
}
