<?php

namespace App\Controller;

use App\Pricing\PriceCache;
use App\Security\CurrentCustomer;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class CartController extends AbstractController
{
    public function __construct(private PriceCache $prices, private CurrentCustomer $customer)
    {
    }

    #[Route('/cart/{cartId}/total', name: 'cart_total', methods: ['POST'])]
    public function total(string $cartId, Request $request): JsonResponse
    {
        $total = 0;
        foreach ($request->toArray()['lines'] as $line) {
            $price = $this->prices->get($cartId.':'.$line['sku'].':'.$this->customer->group(), fn (): array => [
                'net' => $line['unit_price'] * $line['qty'],
                'tax' => intdiv($line['unit_price'] * $line['qty'] * 20, 100),
                'label' => sprintf('%d x %s (%s)', $line['qty'], $line['sku'], $line['name']),
            ]);
            $total += $price['net'] + $price['tax'];
        }

        return $this->json(['cart' => $cartId, 'total' => $total]);
    }
}
