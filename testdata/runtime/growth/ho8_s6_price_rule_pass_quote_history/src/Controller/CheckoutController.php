<?php
namespace App\Controller;

use App\Pricing\PriceCalculator;
use Symfony\Component\HttpFoundation\{Request, Response};
use Symfony\Component\Routing\Attribute\Route;

final class CheckoutController
{
    public function __construct(private PriceCalculator $calculator) {}

    #[Route('/checkout/quote', name: 'checkout_quote')]
    public function quote(Request $request): Response
    {
        $quote = $this->calculator->quote((string) $request->query->get('cart'), $request->query->get('items', []), (string) $request->query->get('coupon'));
        return new Response(json_encode(['cart' => $quote->cartId, 'total' => round($quote->total / 100, 2)]));
    }
}
