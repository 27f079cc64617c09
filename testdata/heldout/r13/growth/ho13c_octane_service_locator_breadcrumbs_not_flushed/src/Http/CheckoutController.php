<?php

declare(strict_types=1);

namespace App\Http;

use App\Octane\Request;
use App\Octane\Response;
use App\Support\Services;

final class CheckoutController
{
    public function __invoke(Request $request): Response
    {
        $crumbs = Services::get('breadcrumbs');
        $crumbs->push('http', sprintf('%s %s', $request->method, $request->uri), [
            'session' => $request->sessionId,
        ]);

        $cart = Services::get('cart.session');
        $cart['items'] = $request->input['items'] ?? [];

        $crumbs->push('checkout', 'cart validated', [
            'items' => count($cart['items']),
            'coupon' => $request->input['coupon'] ?? null,
            'shipping' => $request->input['shipping'] ?? 'standard',
        ]);

        return new Response(303, '/checkout/confirmation');
    }
}
