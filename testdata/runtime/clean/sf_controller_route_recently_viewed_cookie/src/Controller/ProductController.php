<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/products', name: 'product_')]
final class ProductController extends AbstractController
{
    private int $maxRecent = 5;

    #[Route('/{id}', name: 'show', requirements: ['id' => '\d+'], methods: ['GET'])]
    public function show(int $id, Request $request): JsonResponse
    {
        // the visitor's own list travels in a cookie: appended to a local copy, trimmed, sent back
        $recentlyViewed = array_filter(explode(',', (string) $request->cookies->get('recently_viewed', '')));
        $recentlyViewed[] = (string) $id;
        $recentlyViewed = \array_slice(array_values(array_unique($recentlyViewed)), -$this->maxRecent);

        $response = $this->json(['id' => $id, 'name' => "Product {$id}", 'recently_viewed' => $recentlyViewed]);
        $response->headers->set('Set-Cookie', 'recently_viewed='.implode(',', $recentlyViewed).'; Path=/; HttpOnly');

        return $response;
    }
}
