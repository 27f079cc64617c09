<?php

declare(strict_types=1);

namespace App\Checkout;

use App\Flags\EvaluationContext;
use App\Flags\ToggleClient;
use App\Http\Request;
use App\Http\Response;

final class CheckoutController
{
    public function __construct(private readonly ToggleClient $flags)
    {
    }

    public function __invoke(Request $request): Response
    {
        $userId = $request->headers['x-user-id'];
        $context = new EvaluationContext("user-{$userId}", [
            'email' => "shopper{$userId}@example.test",
            'country' => 'DE',
            'plan' => (int) $userId % 3 === 0 ? 'business' : 'consumer',
            'userAgent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 ' . $userId,
        ]);

        $steps = ['cart', 'address'];
        if ($this->flags->isEnabled('express-checkout', $context)) {
            $steps = ['cart'];
        }
        if ($this->flags->isEnabled('apple-pay', $context)) {
            $steps[] = 'wallet';
        }
        $steps[] = $this->flags->isEnabled('new-payment-page', $context) ? 'payment-v2' : 'payment';

        return new Response(200, json_encode(['steps' => $steps]));
    }
}
