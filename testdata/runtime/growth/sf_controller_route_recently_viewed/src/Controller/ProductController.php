<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/products', name: 'product_')]
final class ProductController extends AbstractController
{
    /** @var list<array{id: int, visitor: string, referer: ?string}> */
    private array $recentlyViewed = [];

    #[Route('/{id}', name: 'show', requirements: ['id' => '\d+'], methods: ['GET'])]
    public function show(int $id, Request $request): JsonResponse
    {
        $this->recentlyViewed[] = [ // leak
            'id' => $id,
            'visitor' => (string) $request->cookies->get('visitor_id', 'anonymous'),
            'referer' => $request->headers->get('Referer'),
        ];
        $recent = \array_slice($this->recentlyViewed, -5);

        return $this->json(['id' => $id, 'name' => "Product {$id}", 'recently_viewed' => array_column($recent, 'id')]);
    }
}
